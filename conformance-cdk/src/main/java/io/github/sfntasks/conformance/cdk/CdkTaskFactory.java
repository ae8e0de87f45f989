package io.github.sfntasks.conformance.cdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Builds the AWS CDK v2 construct of one task type from the same generated request a provider gets, for the
 * differential check. One class per task type, registered for {@link ServiceLoader}
 * ({@code META-INF/services/io.github.sfntasks.conformance.cdk.CdkTaskFactory} and {@code provides} in
 * {@code module-info.java}).
 *
 * <pre>{@code
 * import software.amazon.awscdk.Stack;
 * import software.amazon.awscdk.services.sqs.Queue;
 * import software.amazon.awscdk.services.stepfunctions.IChainable;
 * import software.amazon.awscdk.services.stepfunctions.tasks.SqsSendMessage;
 *
 * public final class SqsSendMessageCdkFactory implements CdkTaskFactory {
 *     public String typeId() { return "sqs:sendMessage"; }
 *     public IChainable create(Stack stack, String stateName, TaskCase c) {
 *         SqsSendMessage.Builder b = SqsSendMessage.Builder.create(stack, stateName)
 *             .queue(Queue.fromQueueArn(stack, "Queue", c.properties().get("queueArn").asText()))
 *             .messageBody(CdkInputs.taskInput(c.properties(), "messageBody"));
 *         CdkOptions.apply(b, stack, c);
 *         return CdkOptions.after(b.build(), stack, c);
 *     }
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public interface CdkTaskFactory {

    /** @return the provider type id whose CDK twin this builds */
    String typeId();

    /**
     * @param stack a fresh stack (account {@value CdkRenderer#ACCOUNT}, region {@value CdkRenderer#REGION})
     * @param stateName the state's name: use it as the construct id
     * @param c the request the provider got
     * @return the construct
     * @throws NotExpressible when the CDK cannot express the request (a function chosen at run time, say); the
     *         case is then counted, not compared
     */
    IChainable create(Stack stack, String stateName, TaskCase c);

    /** @return where the provider's output may differ from the CDK's, and why */
    default List<AllowedDifference> allowedDifferences() {
        return List.of();
    }

    /**
     * @return generators for values the CDK needs realistic (an imported function's ARN, say); used by the
     *         differential instead of the provider's own
     */
    default List<ProviderArbitraries> arbitraries() {
        return List.of();
    }

    /** The CDK cannot express this request; the differential counts it and goes on. */
    final class NotExpressible extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param reason what the CDK lacks */
        public NotExpressible(String reason) {
            super(reason);
        }
    }

    /**
     * @return every factory on the class path or module path; one that fails to load is skipped with a warning
     */
    static List<CdkTaskFactory> discover() {
        List<CdkTaskFactory> out = new ArrayList<>();
        ServiceLoader<CdkTaskFactory> loader = CdkTaskFactory.class.getModule().isNamed()
                ? ServiceLoader.load(CdkTaskFactory.class)
                : ServiceLoader.load(CdkTaskFactory.class, Thread.currentThread().getContextClassLoader());
        var it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                System.getLogger(CdkTaskFactory.class.getName()).log(System.Logger.Level.WARNING,
                        "a CdkTaskFactory could not be loaded and is skipped: " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * @param typeId a provider type id
     * @return its factory, if one is registered
     */
    static Optional<CdkTaskFactory> find(String typeId) {
        return discover().stream().filter(f -> f.typeId().equals(typeId)).findFirst();
    }
}
