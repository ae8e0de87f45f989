package io.github.sfntasks.provider.eks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class EksCallTest {

    private static final String CA = "LS0tLS1CRUdJTkNFUlQtLS0tLQo=";
    private static final String ENDPOINT = "https://ABCDEF0123456789.gr7.us-east-1.eks.amazonaws.com";

    private final EksCallProvider provider = new EksCallProvider();

    private static EksCall.Builder call(String state) {
        return EksCall.builder(state).cluster("myEksCluster").clusterCertificateAuthorityData(CA).clusterEndpoint(ENDPOINT)
                .httpMethod(EksCall.HttpMethod.GET).httpPath("/api/v1/namespaces/default/pods");
    }

    private Task fromWorkflow(String state, ExpectedJson expected) {
        return provider.create(TaskRequest.of(state, expected.properties()));
    }

    /** Seed README "EKS / Call": "Call a EKS Endpoint", GET /api/v1/namespaces/default/pods on myEksCluster. */
    @Test
    void readmeExampleListsThePodsOfTheDefaultNamespace() {
        ExpectedJson expected = ExpectedJson.load(EksCallTest.class, "/eks/readme-call.json");
        String typed = expected.assertRenders(call("Call a EKS Endpoint").build());
        String workflow = expected.assertRenders(fromWorkflow("Call a EKS Endpoint", expected));
        assertEquals(typed, workflow);
    }

    @Test
    void queryParametersRenderAsAnObjectOfStringArrays() {
        ExpectedJson expected = ExpectedJson.load(EksCallTest.class, "/eks/aws-page-list-pods.json");
        Task typed = EksCall.builder("Call EKS").cluster("MyCluster").clusterCertificateAuthorityData("ANPAJ2UCCR6DPCEXAMPLE")
                .clusterEndpoint("https://444455556666.yl4.us-east-1.eks.amazonaws.com").httpMethod(EksCall.HttpMethod.GET)
                .httpPath("/api/v1/namespaces/default/pods")
                .queryParameters(Map.of("labelSelector", List.of("job-name=example-job"))).build();
        assertEquals(expected.assertRenders(typed), expected.assertRenders(fromWorkflow("Call EKS", expected)));
    }

    @Test
    void aJsonRequestBodyRendersAsGiven() {
        ExpectedJson expected = ExpectedJson.load(EksCallTest.class, "/eks/aws-page-aws-auth.json");
        expected.assertRenders(fromWorkflow("Add authorized user", expected));
    }

    @Test
    void aClusterArnIsRefusedAsClusterNameTakesAName() {
        assertInvalid("Call", "cluster", () -> call("Call").cluster("arn:aws:eks:eu-west-1:210987654321:cluster/other").build());
    }

    @Test
    void placeholdersPassThroughAndSitInTheClusterArn() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String cluster : List.of("${Cluster}", "${Cluster.Name}", "${Token[TOKEN.12]}", "eks-${Stage}")) {
            EksCall task = call("Call").cluster(cluster).build();
            assertEquals(cluster, task.toState(cfn).at("/Parameters/ClusterName").textValue());
            assertEquals(List.of(PolicyStatement.allow("eks:DescribeCluster",
                    "arn:${AWS::Partition}:eks:${AWS::Region}:${AWS::AccountId}:cluster/" + cluster)), task.policyStatements(cfn));
        }
    }

    @Test
    void aWildcardInTheClusterIsRefused() {
        for (String cluster : List.of("*", "eks-?", "arn:aws:eks:*:123456789012:cluster/c", "arn:aws:eks:us-east-1:123456789012:cluster/*")) {
            assertInvalid("Call", "cluster", () -> call("Call").cluster(cluster).build());
        }
    }

    @Test
    void aClusterChosenAtRunTimeIsGrantedEveryClusterOfTheAccountWithAWarning() {
        EksCall task = call("Call").cluster(JsonPath.stringAt("$.cluster")).build();
        assertEquals("$.cluster", task.toState(CONTEXT).at("/Parameters/ClusterName.$").textValue());
        assertEquals(List.of(PolicyStatement.allow("eks:DescribeCluster", "arn:aws:eks:us-east-1:123456789012:cluster/*")),
                task.policyStatements(CONTEXT));
        assertEquals(WarningCode.WIDENED_GRANT, task.warnings(CONTEXT).get(0).code());
        assertEquals("cluster", task.warnings(CONTEXT).get(0).property());
    }

    @Test
    void requestResponseIsTheOnlyPattern() {
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, call("Call").build().integrationPattern());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, provider.defaultIntegrationPattern());
        assertThrows(TaskValidationException.class, () -> call("Call").integrationPattern(IntegrationPattern.RUN_JOB).build());
        assertThrows(TaskValidationException.class,
                () -> call("Call").integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void anUnknownMethodIsRefusedNamingStateAndProperty() {
        TaskValidationException e = assertInvalid("Call", "httpMethod", () -> call("Call").httpMethod("OPTIONS").build());
        assertTrue(e.getMessage().contains("PATCH"), e.getMessage());
    }

    @Test
    void everyMissingRequiredPropertyIsReportedAtOnce() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> EksCall.builder("Call").build());
        assertEquals(List.of("cluster", "clusterCertificateAuthorityData", "clusterEndpoint", "httpMethod", "httpPath"),
                e.problems().stream().map(TaskValidationException::property).toList());
        assertEquals("Call", e.stateName());
    }

    @Test
    void queryParameterValuesMustBeStringArrays() {
        assertInvalid(ErrorCode.INVALID_PROPERTY, "Call", "queryParameters.labelSelector", () -> provider.create(TaskRequest.of("Call",
                ExpectedJson.object("{\"cluster\":\"c\",\"clusterCertificateAuthorityData\":\"QQ==\",\"clusterEndpoint\":\"https://e\","
                        + "\"httpMethod\":\"GET\",\"httpPath\":\"/api\",\"queryParameters\":{\"labelSelector\":\"a=b\"}}"))));
        assertInvalid("Call", "queryParameters", () -> call("Call").requestBody("x")
                .queryParameters(io.github.sfntasks.api.value.Value.of(List.of("a"))).build());
    }

    @Test
    void aPathAndTheHttpPathAreDifferentThings() {
        assertInvalid("Call", "httpPath", () -> call("Call").httpPath("api/v1/pods").build());
        EksCall task = call("Call").httpPath(JsonPath.stringAt("$.path")).build();
        assertEquals("$.path", task.toState(CONTEXT).at("/Parameters/Path.$").textValue());
    }

    @Test
    void aJsonataStateRendersArguments() {
        EksCall task = call("Call").queryLanguage(QueryLanguage.JSONATA).httpPath("{% '/api/v1/namespaces/' & $states.input.ns & '/pods' %}")
                .requestBody("{% $states.input.body %}").build();
        JsonNode state = task.toState(CONTEXT);
        assertEquals("{% '/api/v1/namespaces/' & $states.input.ns & '/pods' %}", state.at("/Arguments/Path").textValue());
        assertEquals("{% $states.input.body %}", state.at("/Arguments/RequestBody").textValue());
        assertTrue(state.path("Parameters").isMissingNode());
    }

    @Test
    void toBuilderGivesAnEqualTask() {
        EksCall task = call("Call").queryParameters(Map.of("limit", List.of("5"))).build();
        assertEquals(task.toState(CONTEXT), task.toBuilder().build().toState(CONTEXT));
    }
}
