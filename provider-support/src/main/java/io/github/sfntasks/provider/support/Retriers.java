package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.state.Retrier;

import java.util.List;

/** Retriers AWS recommends for some integrations, shared by the providers that add them. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class Retriers {

    /** The transient Lambda service errors AWS recommends retrying, as the CDK's LambdaInvoke lists them. */
    public static final List<String> LAMBDA_SERVICE_EXCEPTIONS = List.of(
            "Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException",
            "Lambda.AWSLambdaException", "Lambda.SdkClientException");

    private Retriers() {
    }

    /**
     * The retrier AWS recommends for tasks that invoke a Lambda function, as the AWS CDK adds it: Lambda's
     * transient service exceptions, every 2 s, back-off 2, 6 attempts ("Handle transient Lambda service
     * exceptions" in the Step Functions guide).
     *
     * @return the retrier
     */
    public static Retrier lambdaServiceExceptions() {
        return new Retrier(LAMBDA_SERVICE_EXCEPTIONS, 2, 6, 2.0, null, null);
    }
}
