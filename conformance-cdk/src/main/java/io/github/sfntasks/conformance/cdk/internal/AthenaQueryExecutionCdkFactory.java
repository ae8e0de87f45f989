package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.AthenaGetQueryExecution;
import software.amazon.awscdk.services.stepfunctions.tasks.AthenaGetQueryResults;
import software.amazon.awscdk.services.stepfunctions.tasks.AthenaStopQueryExecution;

import java.util.List;

/**
 * {@code athena:getQueryExecution}, {@code athena:getQueryResults} and {@code athena:stopQueryExecution} as the CDK's
 * {@code AthenaGetQueryExecution}, {@code AthenaGetQueryResults} and {@code AthenaStopQueryExecution}. Not expressible:
 * the grant-only {@code workGroup} (no CDK prop), {@code maxResults} chosen at run time (the CDK takes a number).
 */
public abstract class AthenaQueryExecutionCdkFactory extends CdkFactoryBase {

    private static final String PAGE = "https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html";

    AthenaQueryExecutionCdkFactory(String typeId) {
        super(typeId);
    }

    static String id(TaskCase c) {
        ObjectNode p = c.properties();
        AthenaCdk.refuseTokenTexts(p);
        if (p.has("workGroup")) {
            throw new NotExpressible("workGroup (grant-only; the CDK has no such prop)");
        }
        return CdkProps.string(p, "queryExecutionId");
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(new AllowedDifference(typeId(), "work-group-and-s3-patterns",
                "athena actions are granted on every work group of the account and region (workgroup/*) and s3:GetObject on"
                        + " arn:<partition>:s3:::*, as AWS's templates; the CDK grants both on *",
                PAGE, c -> true,
                (c, ours, cdk) -> {
                    AthenaCdk.replaceResources(ours, a -> a.startsWith("athena:"),
                            "arn:aws:athena:us-east-1:123456789012:workgroup/*"::equals, "*");
                    AthenaCdk.replaceResources(ours, "s3:getobject"::equals, "arn:aws:s3:::*"::equals, "*");
                }));
    }

    /** {@code athena:getQueryExecution}. */
    public static final class Get extends AthenaQueryExecutionCdkFactory {
        /** For ServiceLoader. */
        public Get() {
            super("athena:getQueryExecution");
        }

        @Override
        public IChainable create(Stack stack, String stateName, TaskCase c) {
            AthenaGetQueryExecution.Builder b = AthenaGetQueryExecution.Builder.create(stack, stateName).queryExecutionId(id(c));
            CdkOptions.apply(b, stack, c);
            return CdkOptions.after(b.build(), stack, c);
        }
    }

    /** {@code athena:stopQueryExecution}. */
    public static final class Stop extends AthenaQueryExecutionCdkFactory {
        /** For ServiceLoader. */
        public Stop() {
            super("athena:stopQueryExecution");
        }

        @Override
        public IChainable create(Stack stack, String stateName, TaskCase c) {
            AthenaStopQueryExecution.Builder b = AthenaStopQueryExecution.Builder.create(stack, stateName).queryExecutionId(id(c));
            CdkOptions.apply(b, stack, c);
            return CdkOptions.after(b.build(), stack, c);
        }
    }

    /** {@code athena:getQueryResults}. */
    public static final class Results extends AthenaQueryExecutionCdkFactory {
        /** For ServiceLoader. */
        public Results() {
            super("athena:getQueryResults");
        }

        @Override
        public IChainable create(Stack stack, String stateName, TaskCase c) {
            ObjectNode p = c.properties();
            AthenaGetQueryResults.Builder b = AthenaGetQueryResults.Builder.create(stack, stateName).queryExecutionId(id(c))
                    .nextToken(CdkProps.string(p, "nextToken"));
            if (p.has("maxResults.$")) {
                throw new NotExpressible("maxResults chosen at run time (the CDK takes a number)");
            }
            JsonNode max = p.get("maxResults");
            if (max != null) {
                if (!max.isIntegralNumber()) {
                    throw new NotExpressible("maxResults as a JSONata expression (the CDK takes a number)");
                }
                b.maxResults(max.asInt());
            }
            CdkOptions.apply(b, stack, c);
            return CdkOptions.after(b.build(), stack, c);
        }
    }
}
