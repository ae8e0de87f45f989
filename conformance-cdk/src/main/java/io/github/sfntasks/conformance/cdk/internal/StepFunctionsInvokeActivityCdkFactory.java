package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.conformance.cdk.CdkDifferential;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.stepfunctions.Activity;
import software.amazon.awscdk.services.stepfunctions.ActivityProps;
import software.amazon.awscdk.services.stepfunctions.CustomerManagedEncryptionConfiguration;
import software.amazon.awscdk.services.stepfunctions.IActivity;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.StepFunctionsInvokeActivity;
import software.constructs.Construct;

/**
 * {@code states:invokeActivity} as the CDK's {@code StepFunctionsInvokeActivity}, with the activity imported by ARN
 * or name. An activity encrypted with a customer managed key ({@code kmsKey}) cannot be imported in the CDK (an
 * imported activity has no encryption configuration), so it is an {@code Activity} construct with that key whose
 * {@code activityArn} is overridden (jsii calls back into Java) to the imported ARN.
 */
public final class StepFunctionsInvokeActivityCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "states:invokeActivity";
    private static final RenderContext CDK = CdkDifferential.CONTEXT;

    /** For ServiceLoader. */
    public StepFunctionsInvokeActivityCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        String activity = p.path("activity").asText();
        String arn = activity.startsWith("arn:") ? activity : CDK.arn("states", "activity:" + activity);
        IActivity a;
        String key = CdkProps.staticText(p, "kmsKey");
        if (key != null) {
            if (EncryptedActivity.class.getModule().isNamed()) {
                // jsii calls the override reflectively; this package is not open to it on the module path
                throw new NotExpressible("an encrypted activity on the module path (the override is not reachable by jsii)");
            }
            String keyArn = key.startsWith("arn:") ? key : CDK.arn("kms", "key/" + key);
            a = new EncryptedActivity(stack, arn, keyArn);
        } else if (activity.startsWith("arn:")) {
            a = Activity.fromActivityArn(stack, "ImportedActivity", activity);
        } else {
            a = Activity.fromActivityName(stack, "ImportedActivity", activity);
        }
        StepFunctionsInvokeActivity.Builder b = StepFunctionsInvokeActivity.Builder.create(stack, stateName).activity(a);
        JsonNode parameters = p.get("parameters");
        JsonNode arguments = p.get("arguments");
        if (parameters != null && parameters.isObject()) {
            b.parameters(CdkProps.object(parameters));
        } else if (parameters != null || arguments != null) {
            // the CDK renders parameters ?? arguments by the state's language; arguments takes any JSON
            JsonNode v = parameters != null ? parameters : arguments;
            b.arguments(v.isObject() ? CdkProps.object(v) : CdkOptions.plain(v));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /** An activity encrypted with a customer managed key, whose ARN is the one the request names. */
    public static final class EncryptedActivity extends Activity {
        private final String arn;

        EncryptedActivity(Construct scope, String arn, String keyArn) {
            super(scope, "ImportedActivity", ActivityProps.builder()
                    .activityName(arn.substring(arn.lastIndexOf(':') + 1))
                    .encryptionConfiguration(new CustomerManagedEncryptionConfiguration(
                            Key.fromKeyArn(scope, "ImportedKey", keyArn)))
                    .build());
            this.arn = arn;
        }

        /** @return the imported activity's ARN */
        @Override
        public String getActivityArn() {
            return arn;
        }
    }
}
