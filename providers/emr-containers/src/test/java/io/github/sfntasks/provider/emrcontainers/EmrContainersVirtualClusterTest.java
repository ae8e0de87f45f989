package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.CONTEXT;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmrContainersVirtualClusterTest {

    private static Task fromWorkflow(TaskProvider provider, String state, ExpectedJson expected) {
        return provider.create(TaskRequest.of(state, expected.properties()));
    }

    private static ExpectedJson load(String name) {
        return ExpectedJson.load(EmrContainersVirtualClusterTest.class, "/emrcontainers/" + name);
    }

    /** Seed README "Create Virtual Cluster": the EKS cluster "passed in from the task input" (TaskInput.fromText("clusterId")). */
    @Test
    void readmeCreateWithTheClusterFromTheTaskInput() {
        ExpectedJson e = load("readme-create-from-task-input.json");
        String typed = e.assertRenders(EmrContainersCreateVirtualCluster.builder("Create a Virtual Cluster").eksCluster("clusterId").build());
        assertEquals(typed, e.assertRenders(fromWorkflow(new EmrContainersCreateVirtualClusterProvider(), "Create a Virtual Cluster", e)));
    }

    /** Seed README "Create Virtual Cluster": "The EKS cluster can also be passed in directly" (EksClusterInput.fromCluster). */
    @Test
    void readmeCreateWithAClusterPassedDirectly() {
        ExpectedJson e = load("readme-create-from-cluster.json");
        String typed = e.assertRenders(EmrContainersCreateVirtualCluster.builder("Create a Virtual Cluster").eksCluster("myEksCluster").build());
        assertEquals(typed, e.assertRenders(fromWorkflow(new EmrContainersCreateVirtualClusterProvider(), "Create a Virtual Cluster", e)));
        assertInvalid("Create a Virtual Cluster", "eksCluster", () -> EmrContainersCreateVirtualCluster.builder("Create a Virtual Cluster")
                .eksCluster("arn:aws:eks:us-east-1:123456789012:cluster/myEksCluster").build());
    }

    /** Seed README "Create Virtual Cluster": "a specific namespace within an EKS cluster can be selected". */
    @Test
    void readmeCreateInASpecifiedNamespace() {
        ExpectedJson e = load("readme-create-namespace.json");
        String typed = e.assertRenders(EmrContainersCreateVirtualCluster.builder("Create a Virtual Cluster").eksCluster("clusterId")
                .eksNamespace("specified-namespace").build());
        assertEquals(typed, e.assertRenders(fromWorkflow(new EmrContainersCreateVirtualClusterProvider(), "Create a Virtual Cluster", e)));
    }

    @Test
    void awsPageCreateWithANameAndNoDefaults() {
        ExpectedJson e = load("aws-page-create.json");
        e.assertRenders(fromWorkflow(new EmrContainersCreateVirtualClusterProvider(), "Create_Virtual_Cluster", e));
    }

    @Test
    void createInJsonataNamesTheClusterWithAJsonataDefaultAndRendersArguments() {
        var state = EmrContainersCreateVirtualCluster.builder("Create").queryLanguage(QueryLanguage.JSONATA)
                .eksCluster("{% $states.input.cluster %}").tags(Map.of("team", "data")).build().toState(CONTEXT);
        assertEquals("{% $states.context.Execution.Name & '/' & $states.context.State.Name %}", state.at("/Arguments/Name").textValue());
        assertEquals("{% $states.input.cluster %}", state.at("/Arguments/ContainerProvider/Id").textValue());
        assertEquals("data", state.at("/Arguments/Tags/team").textValue());
    }

    @Test
    void createRefusesABadNamespaceAndTooManyTags() {
        assertInvalid("Create", "eksNamespace",
                () -> EmrContainersCreateVirtualCluster.builder("Create").eksCluster("c").eksNamespace("Not_A_Namespace").build());
        java.util.Map<String, String> tags = new java.util.TreeMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("k" + i, "v");
        }
        assertInvalid("Create", "tags", () -> EmrContainersCreateVirtualCluster.builder("Create").eksCluster("c").tags(tags).build());
        assertInvalid("Create", "eksCluster", () -> EmrContainersCreateVirtualCluster.builder("Create").eksCluster("eks-*").build());
        assertThrows(TaskValidationException.class, () -> EmrContainersCreateVirtualCluster.builder("Create").eksCluster("c")
                .integrationPattern(IntegrationPattern.RUN_JOB).build());
    }

    @Test
    void createPlaceholdersPassThrough() {
        for (String cluster : List.of("${Cluster}", "${Cluster.Name}", "${Token[TOKEN.12]}", "eks-${Stage}")) {
            var state = EmrContainersCreateVirtualCluster.builder("Create").eksCluster(cluster).build().toState(RenderContext.cloudFormation());
            assertEquals(cluster, state.at("/Parameters/ContainerProvider/Id").textValue());
        }
    }

    /** Seed README "Delete Virtual Cluster": the id from "$.virtualCluster". */
    @Test
    void readmeDeleteWithTheIdFromTheInput() {
        ExpectedJson e = load("readme-delete.json");
        String typed = e.assertRenders(EmrContainersDeleteVirtualCluster.builder("Delete a Virtual Cluster")
                .virtualClusterId(JsonPath.stringAt("$.virtualCluster")).build());
        assertEquals(typed, e.assertRenders(fromWorkflow(new EmrContainersDeleteVirtualClusterProvider(), "Delete a Virtual Cluster", e)));
    }

    @Test
    void awsPageDeleteAndWaitAddsDescribeVirtualCluster() {
        ExpectedJson e = load("aws-page-delete-sync.json");
        Task typed = EmrContainersDeleteVirtualCluster.builder("Delete_Virtual_Cluster").virtualClusterId(JsonPath.stringAt("$.VirtualClusterId"))
                .integrationPattern(IntegrationPattern.RUN_JOB).build();
        e.assertRenders(typed);
    }

    @Test
    void deleteDefaultsToRequestResponseAndNamesOneClusterWhenGiven() {
        EmrContainersDeleteVirtualCluster d = EmrContainersDeleteVirtualCluster.builder("Delete").virtualClusterId("abc123").build();
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, d.integrationPattern());
        assertEquals(List.of(PolicyStatement.allow("emr-containers:DeleteVirtualCluster",
                "arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/abc123")), d.policyStatements(CONTEXT));
        assertEquals(List.of(), d.warnings(CONTEXT));
    }

    @Test
    void deleteRefusesAVirtualClusterArnAsIdTakesTheId() {
        assertInvalid("Delete", "virtualClusterId", () -> EmrContainersDeleteVirtualCluster.builder("Delete")
                .virtualClusterId("arn:aws:emr-containers:eu-west-1:210987654321:/virtualclusters/abc123").build());
    }

    @Test
    void deletePlaceholdersSitInTheArnAndWildcardsAreRefused() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String id : List.of("${VirtualCluster}", "${VirtualCluster.Id}", "${Token[TOKEN.12]}", "vc${Stage}")) {
            EmrContainersDeleteVirtualCluster d = EmrContainersDeleteVirtualCluster.builder("Delete").virtualClusterId(id).build();
            assertEquals(id, d.toState(cfn).at("/Parameters/Id").textValue());
            assertEquals("arn:${AWS::Partition}:emr-containers:${AWS::Region}:${AWS::AccountId}:/virtualclusters/" + id,
                    d.policyStatements(cfn).get(0).resources().get(0));
        }
        for (String id : List.of("*", "abc?", "arn:aws:emr-containers:*:123456789012:/virtualclusters/abc")) {
            assertInvalid("Delete", "virtualClusterId", () -> EmrContainersDeleteVirtualCluster.builder("Delete").virtualClusterId(id).build());
        }
        assertInvalid("Delete", "virtualClusterId", () -> EmrContainersDeleteVirtualCluster.builder("Delete").virtualClusterId("Upper").build());
    }
}
