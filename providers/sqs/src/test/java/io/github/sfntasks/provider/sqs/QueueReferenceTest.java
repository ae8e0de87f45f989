package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * URL and ARN of a queue, each from the other. Expected values: the SQS queue URL format
 * ({@code https://sqs.<region>.<domain>/<account>/<name>}, SQS developer guide "Queue and message
 * identifiers"; legacy {@code <region>.queue.amazonaws.com}), the SQS ARN format
 * ({@code arn:<partition>:sqs:<region>:<account>:<name>}), and each partition's domain (AWS General
 * Reference, service endpoints: amazonaws.com, amazonaws.com.cn for China, c2s.ic.gov / sc2s.sgov.gov
 * / cloud.adc-e.uk / csp.hci.ic.gov for the ISO partitions, amazonaws.eu for the European Sovereign Cloud).
 */
class QueueReferenceTest {

    private static final RenderContext AWS = RenderContext.of("aws", "us-east-1", "123456789012");

    @ParameterizedTest
    @CsvSource({
        "https://sqs.us-east-1.amazonaws.com/111122223333/q, arn:aws:sqs:us-east-1:111122223333:q",
        "https://sqs.cn-northwest-1.amazonaws.com.cn/111122223333/q, arn:aws-cn:sqs:cn-northwest-1:111122223333:q",
        "https://sqs.us-gov-east-1.amazonaws.com/111122223333/q.fifo, arn:aws-us-gov:sqs:us-gov-east-1:111122223333:q.fifo",
        "https://sqs.us-iso-east-1.c2s.ic.gov/111122223333/q, arn:aws-iso:sqs:us-iso-east-1:111122223333:q",
        "https://sqs.us-isob-east-1.sc2s.sgov.gov/111122223333/q, arn:aws-iso-b:sqs:us-isob-east-1:111122223333:q",
        "https://sqs.eu-isoe-west-1.cloud.adc-e.uk/111122223333/q, arn:aws-iso-e:sqs:eu-isoe-west-1:111122223333:q",
        "https://sqs.us-isof-south-1.csp.hci.ic.gov/111122223333/q, arn:aws-iso-f:sqs:us-isof-south-1:111122223333:q",
        "https://sqs.eusc-de-east-1.amazonaws.eu/111122223333/q, arn:aws-eusc:sqs:eusc-de-east-1:111122223333:q",
        "https://eu-west-1.queue.amazonaws.com/111122223333/legacy, arn:aws:sqs:eu-west-1:111122223333:legacy",
        "https://queue.amazonaws.com/111122223333/oldest, arn:aws:sqs:us-east-1:111122223333:oldest",
        "https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/q, arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:q",
        "https://sqs.${AWS::Region}.amazonaws.com/111122223333/q, arn:aws:sqs:${AWS::Region}:111122223333:q"
    })
    void derivesArnFromUrlAndKeepsTheUrl(String url, String arn) {
        QueueReference q = QueueReference.parse(url);
        assertEquals(arn, q.arn(AWS));
        assertEquals(url, q.url(AWS));
    }

    /**
     * In a CloudFormation template ({@link RenderContext#cloudFormation()}, partition {@code ${AWS::Partition}}) the
     * URL still says where the queue is: its domain names the partition (amazonaws.com.cn is aws-cn), and amazonaws.com,
     * which the commercial and the GovCloud partitions share, is told apart by a concrete region (us-gov-* is
     * aws-us-gov, any other is aws). Only amazonaws.com with a placeholder region leaves the choice open; then the
     * state machine's partition is the queue's, as Step Functions reaches no queue outside its own partition.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://sqs.us-east-1.amazonaws.com/111122223333/q | arn:aws:sqs:us-east-1:111122223333:q",
        "https://sqs.us-gov-west-1.amazonaws.com/111122223333/q | arn:aws-us-gov:sqs:us-gov-west-1:111122223333:q",
        "https://us-gov-east-1.queue.amazonaws.com/111122223333/q | arn:aws-us-gov:sqs:us-gov-east-1:111122223333:q",
        "https://sqs.cn-north-1.amazonaws.com.cn/111122223333/q | arn:aws-cn:sqs:cn-north-1:111122223333:q",
        "https://sqs.${AWS::Region}.amazonaws.com.cn/111122223333/q | arn:aws-cn:sqs:${AWS::Region}:111122223333:q",
        "https://sqs.${AWS::Region}.c2s.ic.gov/111122223333/q | arn:aws-iso:sqs:${AWS::Region}:111122223333:q",
        "https://sqs.${AWS::Region}.amazonaws.com/111122223333/q | arn:${AWS::Partition}:sqs:${AWS::Region}:111122223333:q",
        "https://sqs.${QueueRegion}.amazonaws.com/${AWS::AccountId}/q | arn:${AWS::Partition}:sqs:${QueueRegion}:${AWS::AccountId}:q",
        "https://sqs.${AWS::Region}.${AWS::URLSuffix}/111122223333/q | arn:${AWS::Partition}:sqs:${AWS::Region}:111122223333:q"
    })
    void inATemplateTheUrlsDomainAndRegionDecideThePartition(String url, String arn) {
        assertEquals(arn, QueueReference.parse(url).arn(RenderContext.cloudFormation()));
    }

    @Test
    void aPlaceholderRegionOnAmazonawsComTakesTheContextsPartition() {
        QueueReference q = QueueReference.parse("https://sqs.${AWS::Region}.amazonaws.com/111122223333/q");
        assertEquals("arn:aws-us-gov:sqs:${AWS::Region}:111122223333:q",
                q.arn(RenderContext.of("aws-us-gov", "us-gov-west-1", "123456789012")));
        assertEquals("arn:aws:sqs:${AWS::Region}:111122223333:q", q.arn(AWS));
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:sqs:eu-west-1:111122223333:q, https://sqs.eu-west-1.amazonaws.com/111122223333/q",
        "arn:aws-cn:sqs:cn-north-1:111122223333:q, https://sqs.cn-north-1.amazonaws.com.cn/111122223333/q",
        "arn:aws-us-gov:sqs:us-gov-west-1:111122223333:q, https://sqs.us-gov-west-1.amazonaws.com/111122223333/q",
        "arn:aws-iso:sqs:us-iso-east-1:111122223333:q, https://sqs.us-iso-east-1.c2s.ic.gov/111122223333/q",
        "arn:aws-eusc:sqs:eusc-de-east-1:111122223333:q, https://sqs.eusc-de-east-1.amazonaws.eu/111122223333/q",
        "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:q, https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/q"
    })
    void buildsUrlFromArnInTheArnsPartition(String arn, String url) {
        QueueReference q = QueueReference.parse(arn);
        assertEquals(url, q.url(AWS));
        assertEquals(arn, q.arn(AWS));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/111122223333/q",
        "https://sqs.us-east-1.amazonaws.com/1111/q",
        "https://sqs.us-east-1.amazonaws.com/111122223333/q/extra",
        "http://sqs.us-east-1.amazonaws.com/111122223333/q",
        "arn:aws:sns:us-east-1:111122223333:t",
        "arn:aws-xyz:sqs:us-east-1:111122223333:q",
        "arn:${Partition}:sqs:us-east-1:111122223333:q",
        "my queue",
        "q.fifo.fifo",
        ""
    })
    void refusesWhatIsNeitherUrlNorArnNorName(String text) {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> QueueReference.parse(text));
        assertEquals("queue", e.property());
        assertFalse(Pattern.compile(QueueReference.QUEUE_REGEX).matcher(text).matches(), "schema agrees");
    }

    @Test
    void acceptsTheDomainOfEveryPartitionItCanBuildAUrlIn() {
        Pattern suffix = Pattern.compile(QueueReference.URL_SUFFIX);
        Pattern partition = Pattern.compile(QueueReference.PARTITION);
        for (String p : QueueReference.PARTITIONS) {
            String domain = RenderContext.urlSuffixOf(p);
            assertNotNull(domain, p);
            assertTrue(suffix.matcher(domain).matches(), domain);
            assertTrue(partition.matcher(p).matches(), p);
        }
        assertEquals("(?:aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc|\\$\\{AWS::Partition\\})",
                QueueReference.PARTITION);
    }

    @ParameterizedTest
    @ValueSource(ints = {80})
    void takesNamesOfUpTo80Characters(int length) {
        QueueReference.parse("q".repeat(length));
        QueueReference.parse("q".repeat(length - 5) + ".fifo");
        assertThrows(TaskValidationException.class, () -> QueueReference.parse("q".repeat(length + 1)));
        assertThrows(TaskValidationException.class, () -> QueueReference.parse("q".repeat(length - 4) + ".fifo"));
    }
}
