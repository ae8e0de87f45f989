package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure-Java tests of the intrinsic evaluation (no jsii). */
class CfnIntrinsicsTest {

    private final CfnIntrinsics concrete =
            new CfnIntrinsics(CfnIntrinsics.defaultPseudoValues("123456789012", "us-east-1", "S"));

    private static JsonNode json(String s) throws Exception {
        return CdkRenderer.MAPPER.readTree(s.replace('\'', '"'));
    }

    @Test
    void joinWithPseudoParameters() throws Exception {
        JsonNode n = json("{'Fn::Join':['',['arn:',{'Ref':'AWS::Partition'},':states:',{'Ref':'AWS::Region'},':',"
                + "{'Ref':'AWS::AccountId'},':x.',{'Ref':'AWS::URLSuffix'}]]}");
        assertEquals("arn:aws:states:us-east-1:123456789012:x.amazonaws.com", concrete.asString(n));
    }

    @Test
    void resourcesAndAttributesBecomePlaceholders() throws Exception {
        assertEquals("${MyTable1234}", concrete.asString(json("{'Ref':'MyTable1234'}")));
        assertEquals("${MyTable1234.Arn}", concrete.asString(json("{'Fn::GetAtt':['MyTable1234','Arn']}")));
    }

    @Test
    void selectSplitSub() throws Exception {
        assertEquals("child", concrete.asString(json(
                "{'Fn::Select':[6,{'Fn::Split':[':','arn:aws:states:us-east-1:123456789012:stateMachine:child']}]}")));
        assertEquals("arn:aws:sns:us-east-1:123456789012:t-v ${!Literal}".replace("${!", "${"),
                concrete.asString(json("{'Fn::Sub':['arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:t-${V} ${!Literal}',{'V':'v'}]}")));
    }

    @Test
    void deepResolutionAndUnknownIntrinsics() throws Exception {
        JsonNode n = concrete.resolveDeep(json("{'Resource':[{'Fn::GetAtt':['A','Arn']},'x'],"
                + "'Condition':{'StringEquals':{'k':{'Fn::ImportValue':'Exported'}}}}"));
        assertEquals("${A.Arn}", n.at("/Resource/0").asText());
        assertTrue(n.at("/Condition/StringEquals/k").asText().startsWith("${Unresolved:"));
        assertEquals(1, concrete.unresolved().size());
    }

    @Test
    void placeholderSpelling() throws Exception {
        CfnIntrinsics p = new CfnIntrinsics(CfnIntrinsics.placeholderPseudoValues());
        assertEquals("arn:${AWS::Partition}:s3:::b",
                p.asString(json("{'Fn::Join':['',['arn:',{'Ref':'AWS::Partition'},':s3:::b']]}")));
    }
}
