package io.github.sfntasks.provider.sqs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** ARNs split into their parts, placeholders kept whole (ARN format: IAM user guide, "Amazon Resource Names"). */
class ResourcePatternsTest {

    @Test
    void splitsArnIntoItsParts() {
        assertArrayEquals(new String[] {"aws", "sqs", "us-east-1", "123456789012", "q"},
                ResourcePatterns.arnParts("arn:aws:sqs:us-east-1:123456789012:q"));
        assertArrayEquals(new String[] {"aws", "kms", "us-east-1", "123456789012", "key/a:b"},
                ResourcePatterns.arnParts("arn:aws:kms:us-east-1:123456789012:key/a:b"));
        assertArrayEquals(new String[] {"aws", "s3", "", "", "bucket"}, ResourcePatterns.arnParts("arn:aws:s3:::bucket"));
    }

    @Test
    void keepsPlaceholderColonsInsideTheirPart() {
        assertArrayEquals(new String[] {"${AWS::Partition}", "sns", "${AWS::Region}", "${AWS::AccountId}", "t"},
                ResourcePatterns.arnParts("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:t"));
    }

    @Test
    void refusesWhatIsNotAnArn() {
        assertNull(ResourcePatterns.arnParts("my-queue"));
        assertNull(ResourcePatterns.arnParts("arn:aws:sqs:us-east-1"));
        assertNull(ResourcePatterns.arnParts("arn:aws:sqs:us-east-1:123456789012:"));
        assertNull(ResourcePatterns.arnParts("arn::sqs:us-east-1:123456789012:q"));
        assertNull(ResourcePatterns.arnParts(null));
    }
}
