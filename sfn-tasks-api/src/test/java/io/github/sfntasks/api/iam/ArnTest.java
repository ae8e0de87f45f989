package io.github.sfntasks.api.iam;

import io.github.sfntasks.api.RenderContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARNs split into their parts, placeholders kept whole (ARN format: IAM user guide, "Amazon Resource
 * Names"; placeholders: CloudFormation {@code Fn::Sub} pseudo parameters). KMS key ids: KMS developer
 * guide, "Key identifiers (KeyId)".
 */
class ArnTest {

    @Test
    void splitsArnIntoItsParts() {
        assertEquals(new Arn("aws", "sqs", "us-east-1", "123456789012", "q"),
                Arn.parse("arn:aws:sqs:us-east-1:123456789012:q"));
        assertEquals(new Arn("aws", "kms", "us-east-1", "123456789012", "key/a:b"),
                Arn.parse("arn:aws:kms:us-east-1:123456789012:key/a:b"));
        assertEquals(new Arn("aws", "s3", "", "", "bucket"), Arn.parse("arn:aws:s3:::bucket"));
        assertEquals(new Arn("aws", "lambda", "us-east-1", "123456789012", "function:my-fn"),
                Arn.parse("arn:aws:lambda:us-east-1:123456789012:function:my-fn"));
    }

    @Test
    void keepsPlaceholderColonsInsideTheirPart() {
        assertEquals(new Arn("${AWS::Partition}", "sns", "${AWS::Region}", "${AWS::AccountId}", "t"),
                Arn.parse("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:t"));
        Arn topic = Arn.parse("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:topic");
        assertEquals("${AWS::Partition}", topic.partition());
        assertEquals("sns", topic.service());
        assertEquals("${AWS::Region}", topic.region());
        assertEquals("${AWS::AccountId}", topic.account());
        assertEquals("topic", topic.resource());
        assertEquals("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:topic", topic.toString());
    }

    @Test
    void keepsPlaceholdersInTheResourceAsWritten() {
        assertEquals(new Arn("aws", "kms", "${AWS::Region}", "123456789012", "key/${Key::Id}:x"),
                Arn.parse("arn:aws:kms:${AWS::Region}:123456789012:key/${Key::Id}:x"));
    }

    @Test
    void refusesWhatIsNotAnArn() {
        assertNull(Arn.parse("my-queue"));
        assertNull(Arn.parse("arn:aws:sqs:us-east-1"));
        assertNull(Arn.parse("arn:aws:sqs:us-east-1:123456789012:"));
        assertNull(Arn.parse("arn::sqs:us-east-1:123456789012:q"));
        assertNull(Arn.parse("arn:aws::us-east-1:123456789012:q"));
        assertNull(Arn.parse("arn:${AWS::Partition:sqs:us-east-1:123456789012:q"), "an unclosed placeholder swallows the rest");
        assertNull(Arn.parse(null));
        assertFalse(Arn.isArn("my-queue"));
        assertTrue(Arn.isArn("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:t"));
    }

    @Test
    void buildsKmsKeyArnFromKeyIdInTheContext() {
        RenderContext aws = RenderContext.of("aws", "us-east-1", "123456789012");
        assertEquals("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                Arn.kmsKeyArn("1234abcd-12ab-34cd-56ef-1234567890ab", aws));
        assertEquals("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/mrk-1234abcd12ab34cd56ef1234567890ab",
                Arn.kmsKeyArn("mrk-1234abcd12ab34cd56ef1234567890ab", RenderContext.cloudFormation()));
    }

    @Test
    void keepsKmsKeyArnAsGiven() {
        RenderContext aws = RenderContext.of("aws", "us-east-1", "123456789012");
        String cn = "arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertEquals(cn, Arn.kmsKeyArn(cn, aws));
        String placeholder = "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertEquals(placeholder, Arn.kmsKeyArn(placeholder, aws));
    }

    @Test
    void kmsKeyPatternTakesKeyIdsAndKeyArnsButNotAliases() {
        Pattern key = Pattern.compile(Arn.KMS_KEY_PATTERN);
        for (String ok : List.of("1234abcd-12ab-34cd-56ef-1234567890ab", "mrk-1234abcd12ab34cd56ef1234567890ab",
                "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab",
                "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab")) {
            assertTrue(key.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("alias/aws/sns", "alias/aws/sqs", "arn:aws:kms:us-east-1:123456789012:alias/x",
                "1234abcd", "arn:aws:sqs:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                "arn:aws:kms:us-east-1:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab", "")) {
            assertFalse(key.matcher(bad).matches(), bad);
        }
    }

    @Test
    void fragmentsTakeConcreteValuesAndPlaceholders() {
        assertMatchesAll(Arn.PARTITION_PATTERN, "aws", "aws-cn", "aws-us-gov", "aws-iso-b", "${AWS::Partition}");
        assertMatchesNone(Arn.PARTITION_PATTERN, "", "AWS", "azure", "aws-", "${}");
        assertMatchesAll(Arn.REGION_PATTERN, "us-east-1", "cn-north-1", "us-gov-west-1", "eusc-de-east-1", "${AWS::Region}");
        assertMatchesNone(Arn.REGION_PATTERN, "", "us-east", "useast1", "US-EAST-1");
        assertMatchesAll(Arn.ACCOUNT_PATTERN, "123456789012", "${AWS::AccountId}");
        assertMatchesNone(Arn.ACCOUNT_PATTERN, "", "1234", "1234567890123", "12345678901a");
        assertMatchesAll(Arn.PLACEHOLDER_PATTERN, "${AWS::Region}", "${Token.1}", "${a_b-c}");
        assertMatchesNone(Arn.PLACEHOLDER_PATTERN, "${}", "$AWS::Region", "${a b}");
    }

    private static void assertMatchesAll(String regex, String... texts) {
        for (String t : texts) {
            assertTrue(Pattern.compile(regex).matcher(t).matches(), regex + " ~ " + t);
        }
    }

    private static void assertMatchesNone(String regex, String... texts) {
        for (String t : texts) {
            assertFalse(Pattern.compile(regex).matcher(t).matches(), regex + " !~ " + t);
        }
    }

    @Test
    void isArnAgreesWithParse() {
        List<String> texts = List.of("arn:aws:s3:::bucket", "arn:aws:lambda:us-east-1:123456789012:function:f",
                "arn:aws:lambda:us-east-1:123456789012:function:f:live", "arn:${AWS::Partition}:sqs:${AWS::Region}:1:q",
                "arn::s3:::b", "arn:aws::::r", "arn:aws:s3:::", "arn:aws:s3::", "arn:aws", "arn:", "ARN:aws:s3:::b",
                "arn:aws:s3:${Region:x}:1:r", "arn:aws:s3:${open:1:r", "arn:aws:iam::123456789012:role/x", "name", "",
                "arn:aws:states:us-east-1:1:stateMachine:m:alias", "arn:a:b:c:d:e");
        for (String t : texts) {
            assertEquals(Arn.parse(t) != null, Arn.isArn(t), t);
        }
        assertFalse(Arn.isArn(null));
    }
}
