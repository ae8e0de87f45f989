package io.github.sfntasks.core;

import io.github.sfntasks.api.iam.PolicyStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PoliciesTest {

    // Merging never widens: a merged statement allows exactly the union of what its parts allowed, so
    // statements merge only when they share all but one dimension (actions, or resources).
    @Test
    void sameResourcesMergeActionsThenSameActionsMergeResources() {
        List<PolicyStatement> in = List.of(
                PolicyStatement.allow("states:StartExecution", "arn:aws:states:r:1:stateMachine:m"),
                PolicyStatement.allow("lambda:InvokeFunction", "arn:aws:lambda:r:1:function:b"),
                PolicyStatement.allow("lambda:InvokeFunction", "arn:aws:lambda:r:1:function:a"),
                PolicyStatement.allow("lambda:InvokeFunction", "arn:aws:lambda:r:1:function:a"),
                PolicyStatement.allow("states:DescribeExecution", "arn:aws:states:r:1:stateMachine:m"));
        List<PolicyStatement> expected = List.of(
                PolicyStatement.allow(List.of("lambda:InvokeFunction"),
                        List.of("arn:aws:lambda:r:1:function:a", "arn:aws:lambda:r:1:function:b")),
                PolicyStatement.allow(List.of("states:DescribeExecution", "states:StartExecution"),
                        List.of("arn:aws:states:r:1:stateMachine:m")));
        assertEquals(expected, Policies.aggregate(in));
    }

    @Test
    void differentActionsOnDifferentResourcesStayApart() {
        // Merging these would grant s3:GetObject on the queue and sqs:SendMessage on the bucket.
        List<PolicyStatement> in = List.of(
                PolicyStatement.allow("sqs:SendMessage", "arn:aws:sqs:r:1:q"),
                PolicyStatement.allow("s3:GetObject", "arn:aws:s3:::b/*"));
        assertEquals(2, Policies.aggregate(in).size());
    }

    @Test
    void conditionsKeepStatementsApart() {
        PolicyStatement plain = PolicyStatement.allow("kms:Decrypt", "arn:aws:kms:r:1:key/k");
        PolicyStatement conditioned = plain.withConditions(
                PolicyStatement.Condition.of("StringEquals", "kms:EncryptionContext:aws:states:activityArn", "x"));
        assertEquals(2, Policies.aggregate(List.of(plain, conditioned)).size());
    }

    @Test
    void orderOfInputDoesNotChangeOutput() {
        List<PolicyStatement> a = List.of(PolicyStatement.allow("x:A", "r1"), PolicyStatement.allow("x:A", "r2"),
                PolicyStatement.allow("y:B", "r3"));
        List<PolicyStatement> b = List.of(a.get(2), a.get(1), a.get(0));
        assertEquals(Policies.aggregate(a), Policies.aggregate(b));
    }
}
