package io.github.sfntasks.provider.http;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code http:invoke} provider: {@link HttpInvoke} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "http:invoke",
 * "Properties": {
 *   "connection": "arn:aws:events:us-east-1:123456789012:connection/Stripe/81210c42-8af1-456b-9c4a-6ff02fc664ac",
 *   "apiRoot": "https://api.stripe.com",
 *   "apiEndpoint": "v1/customers",
 *   "method": "GET"
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class HttpInvokeProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public HttpInvokeProvider() {
        super(HttpInvoke.TYPE, HttpInvoke.SHAPE, HttpInvoke::builder);
    }
}
