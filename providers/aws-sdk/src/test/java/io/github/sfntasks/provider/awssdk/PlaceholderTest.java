package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Placeholders in the cross-region handler's {@code functionArn} and in {@code iamResources}. Expected values are
 * written from the AWS CDK's rules, not taken from a render: the CDK's CallAwsServiceCrossRegion invokes its handler by
 * {@code functionArn} and grants {@code lambda:InvokeFunction} on {@code [functionArn, functionArn + ":*"]}; its
 * {@code iamResources} are granted as written (patterns included: they are the user's own IAM resources).
 */
class PlaceholderTest {

    private static final RenderContext CFN = RenderContext.cloudFormation();
    private static final RenderContext AWS = RenderContext.of("aws", "us-east-1", "123456789012");

    private static CallAwsServiceCrossRegion cross(String function) {
        return CallAwsServiceCrossRegion.builder("GetObject").functionArn(function).region("ap-northeast-1")
                .service("s3").action("getObject").iamResources("arn:${AWS::Partition}:s3:::${Bucket}/*").build();
    }

    @Test
    void aWholePlaceholderHandlerIsTheFunctionArn() {
        for (RenderContext c : List.of(CFN, AWS)) {
            for (String fn : List.of("${Handler}", "${Handler.Arn}", "${Token[TOKEN.42]}",
                    "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${HandlerName}")) {
                CallAwsServiceCrossRegion task = cross(fn);
                assertEquals(fn, task.toState(c).get("Resource").textValue());
                assertEquals(List.of(PolicyStatement.allow("lambda:InvokeFunction", fn, fn + ":*")), task.policyStatements(c));
            }
            String arn = "arn:" + c.partition() + ":lambda:" + c.region() + ":" + c.account() + ":function:handler-${Stage}";
            assertEquals(arn, cross("handler-${Stage}").toState(c).get("Resource").textValue());
        }
    }

    @Test
    void iamResourcesWithPlaceholdersAreGrantedAsWritten() {
        assertEquals(List.of(PolicyStatement.allow("s3:GetObject", "arn:${AWS::Partition}:s3:::${Bucket}/*")),
                cross("${Handler}").handlerPolicyStatements());
        CallAwsService call = CallAwsService.builder("Get").service("s3").action("getObject")
                .iamResources("arn:${AWS::Partition}:s3:::${Token[TOKEN.42]}/*").build();
        assertEquals(List.of("arn:${AWS::Partition}:s3:::${Token[TOKEN.42]}/*"), call.policyStatements(CFN).get(0).resources());
    }

    @Test
    void aWildcardInTheHandlerIsRefusedNamingStateAndProperty() {
        for (String bad : List.of("arn:*:lambda:us-east-1:123456789012:function:h", "arn:aws:lambda:*:123456789012:function:h",
                "arn:aws:lambda:us-east-1:*:function:h", "arn:aws:lambda:us-east-1:123456789012:function:h?", "h-${Stage}*")) {
            TaskValidationException e = assertThrows(TaskValidationException.class, () -> cross(bad), bad);
            assertEquals("GetObject", e.stateName(), bad);
            assertEquals("functionArn", e.property(), bad);
        }
    }

    @Test
    void theSchemaNamesTheHandler() {
        assertEquals("lambda:function:", new CallAwsServiceCrossRegionProvider().propertiesSchema()
                .at("/properties/functionArn/x-sfn-resource").textValue());
    }
}
