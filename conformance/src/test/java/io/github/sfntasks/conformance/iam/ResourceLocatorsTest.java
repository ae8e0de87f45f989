package io.github.sfntasks.conformance.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.conformance.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The queue ARN the kit expects for an SQS queue URL. Expected values from the URL format
 * ({@code https://sqs.<region>.<domain>/<account>/<name>}, SQS developer guide "Queue and message identifiers"), the
 * ARN format ({@code arn:<partition>:sqs:<region>:<account>:<name>}) and each partition's endpoint domain (AWS General
 * Reference: amazonaws.com for aws and for the GovCloud regions us-gov-*, amazonaws.com.cn for aws-cn, csp.hci.ic.gov
 * for aws-iso-f); a CloudFormation placeholder stands for one whole region, account or domain.
 */
class ResourceLocatorsTest {

    private static final RenderContext CFN = RenderContext.cloudFormation();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://sqs.us-east-1.amazonaws.com/111122223333/q | arn:aws:sqs:us-east-1:111122223333:q",
        "https://sqs.us-gov-west-1.amazonaws.com/111122223333/q | arn:aws-us-gov:sqs:us-gov-west-1:111122223333:q",
        "https://sqs.cn-north-1.amazonaws.com.cn/111122223333/q | arn:aws-cn:sqs:cn-north-1:111122223333:q",
        // a placeholder region whose name holds a dot: one region, not a region and a longer domain
        "https://sqs.${Hu.xh}.csp.hci.ic.gov/${Aa0m}/zH.fifo | arn:aws-iso-f:sqs:${Hu.xh}:${Aa0m}:zH.fifo",
        "https://${Hu.xh}.queue.amazonaws.com.cn/111122223333/q | arn:aws-cn:sqs:${Hu.xh}:111122223333:q",
        "https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/q | arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:q"
    })
    void derivesTheQueueArnFromTheUrlsOwnRegionAndDomain(String url, String arn) {
        assertEquals(arn, ResourceLocators.queueArn(url, CFN));
    }

    @Test
    void aPlaceholderRegionOnAmazonawsComMayBeInEitherPartitionOrTheTemplates() {
        // amazonaws.com serves aws and aws-us-gov; with the region unknown, the template's partition may be either
        ObjectNode state = (ObjectNode) Json.read("{\"Type\": \"Task\", \"Resource\": \"arn:${AWS::Partition}:states:::sqs:sendMessage\","
                + " \"Parameters\": {\"QueueUrl\": \"https://sqs.${AWS::Region}.amazonaws.com/111122223333/q\", \"MessageBody\": \"m\"}}");
        List<TouchedResource> touched = ResourceLocators.sqsQueue().locate(state, List.of("sqs:SendMessage"), CFN);
        assertEquals(1, touched.size());
        assertEquals(List.of("arn:aws:sqs:${AWS::Region}:111122223333:q", "arn:aws-us-gov:sqs:${AWS::Region}:111122223333:q",
                "arn:${AWS::Partition}:sqs:${AWS::Region}:111122223333:q"), touched.get(0).arns());
    }
}
