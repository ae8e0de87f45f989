package io.github.sfntasks.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Partition and DNS suffix, each from the other. Expected values: AWS General Reference, service
 * endpoints (amazonaws.com, amazonaws.com.cn for China, c2s.ic.gov / sc2s.sgov.gov / cloud.adc-e.uk /
 * csp.hci.ic.gov for the ISO partitions, amazonaws.eu for the European Sovereign Cloud), as the AWS
 * CDK's region-info lists them.
 */
class RenderContextTest {

    @ParameterizedTest
    @CsvSource({
        "aws, us-east-1, amazonaws.com",
        "aws-cn, cn-north-1, amazonaws.com.cn",
        "aws-us-gov, us-gov-west-1, amazonaws.com",
        "aws-iso, us-iso-east-1, c2s.ic.gov",
        "aws-iso-b, us-isob-east-1, sc2s.sgov.gov",
        "aws-iso-e, eu-isoe-west-1, cloud.adc-e.uk",
        "aws-iso-f, us-isof-south-1, csp.hci.ic.gov",
        "aws-eusc, eusc-de-east-1, amazonaws.eu",
        "${AWS::Partition}, ${AWS::Region}, ${AWS::URLSuffix}"
    })
    void mapsPartitionToUrlSuffixAndBack(String partition, String region, String suffix) {
        assertEquals(suffix, RenderContext.urlSuffixOf(partition));
        assertEquals(suffix, RenderContext.of(partition, region, "123456789012").urlSuffix());
        assertEquals(partition, RenderContext.partitionOfUrlSuffix(suffix, region));
    }

    @Test
    void knowsNoSuffixOfAnUnknownPartition() {
        assertNull(RenderContext.urlSuffixOf("aws-future"));
        assertNull(RenderContext.urlSuffixOf("${Token[AWS.Partition]}"));
        assertNull(RenderContext.urlSuffixOf(null));
        assertEquals("${AWS::URLSuffix}", RenderContext.of("aws-future", "xx-east-1", "123456789012").urlSuffix());
    }

    @Test
    void leavesAmazonawsComToTheContextWhenTheRegionIsAPlaceholder() {
        assertNull(RenderContext.partitionOfUrlSuffix("amazonaws.com", "${AWS::Region}"));
        assertNull(RenderContext.partitionOfUrlSuffix("amazonaws.com", null));
        assertNull(RenderContext.partitionOfUrlSuffix("example.com", "us-east-1"));
        assertNull(RenderContext.partitionOfUrlSuffix(null, "us-east-1"));
    }
}
