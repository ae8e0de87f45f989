package io.github.sfntasks.api.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-declaration shape on a scratch task modelled on AWS Batch SubmitJob (a RUN_JOB default as the CDK's
 * BatchSubmitJob, a queue resource, a role handed to a service, a nested object, a map). Expected JSON is written
 * here from the rules the test names, not taken from a render.
 */
class ShapeTaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RenderContext AWS = RenderContext.of("aws", "us-east-1", "123456789012");

    static final ResourceArn QUEUE = ResourceArn.of("batch", "job-queue/");

    static final Field SUBNETS = Field.stringList("subnets", "Subnets").range(1, 16).doc("Subnet ids");
    static final Field PUBLIC_IP = Field.enumOf("assignPublicIp", "AssignPublicIp", "ENABLED", "DISABLED");
    static final Shape NETWORK = Shape.of("NetworkConfiguration", SUBNETS, PUBLIC_IP);

    static final Field JOB_NAME = Field.string("jobName", "JobName").required().range(1, 128)
            .pattern("[A-Za-z0-9][A-Za-z0-9_-]*", "letters, digits, hyphens and underscores, starting with a letter or digit");
    static final Field JOB_QUEUE = Field.string("jobQueue", "JobQueue").required().resource(QUEUE).doc("The job queue ARN or name");
    static final Field ARRAY_SIZE = Field.integer("arraySize", "ArrayProperties").range(2, 10_000)
            .renderedAs(v -> io.github.sfntasks.api.value.ObjectValue.builder().put("Size", v).build());
    static final Field NETWORK_CONFIG = Field.object("networkConfiguration", "NetworkConfiguration", NETWORK);
    static final Field TAGS = Field.stringMap("tags", "Tags").range(0, 50);
    static final Field ROLE = Field.string("jobRole", null).grantOnly().resource(Grants.ROLE).doc("The role the job runs as");
    static final Field SHARE = Field.string("shareIdentifier", "ShareIdentifier");
    static final Field PRIORITY = Field.integer("schedulingPriorityOverride", "SchedulingPriorityOverride").range(0, 9999);
    static final Shape SHAPE = Shape.of("SubmitJob", JOB_NAME, JOB_QUEUE, ARRAY_SIZE, NETWORK_CONFIG, TAGS, ROLE, SHARE, PRIORITY)
            .requires(PRIORITY, SHARE);

    static final TaskType TYPE = TaskType.of("scratch:submitJob", "A scratch job",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB).withDefault(IntegrationPattern.RUN_JOB);

    static final class ScratchJob extends ShapeTask {
        ScratchJob(Builder b) {
            super(b, TYPE, SHAPE);
        }

        @Override
        protected void grants(Grants g) {
            g.allow("batch:SubmitJob", g.resource("jobQueue", value(JOB_QUEUE), QUEUE));
            g.passRole("jobRole", value(ROLE), "batch.amazonaws.com");
            if (integrationPattern() == IntegrationPattern.RUN_JOB) {
                g.managedRule("BatchJobsRule");
            }
        }

        @Override
        public Builder toBuilder() {
            return new Builder(stateName()).copyCommon(this).copyValues(this);
        }
    }

    static final class Network extends ShapeBuilder<Network> {
        Network() {
            super(NETWORK);
        }

        Network subnets(String... ids) {
            return set(SUBNETS, List.of(ids));
        }

        Network assignPublicIp(String v) {
            return set(PUBLIC_IP, v);
        }
    }

    static final class Builder extends ShapeTaskBuilder<Builder, ScratchJob> {
        Builder(String name) {
            super(name, SHAPE);
        }

        Builder jobName(String v) { return set(JOB_NAME, v); }
        Builder jobQueue(Object v) { return set(JOB_QUEUE, v); }
        Builder arraySize(Object v) { return set(ARRAY_SIZE, v); }
        Builder networkConfiguration(Consumer<Network> c) { return set(NETWORK_CONFIG, new Network(), c); }
        Builder tags(Map<String, String> v) { return set(TAGS, v); }
        Builder jobRole(String v) { return set(ROLE, v); }
        Builder schedulingPriorityOverride(int v) { return set(PRIORITY, v); }

        @Override
        protected ScratchJob newTask() {
            return new ScratchJob(this);
        }
    }

    static final class ScratchProvider extends ShapeTaskProvider {
        ScratchProvider() {
            super(TYPE, SHAPE, Builder::new);
        }
    }

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aTaskThatNamesNoPatternGetsTheTypesDefaultRunJobAndRendersSync() throws Exception {
        ScratchJob job = new Builder("Submit").jobName("nightly").jobQueue("arn:aws:batch:us-east-1:123456789012:job-queue/q")
                .arraySize(4).networkConfiguration(n -> n.subnets("subnet-1").assignPublicIp("ENABLED"))
                .tags(Map.of("team", "data")).jobRole("batch-job").build();
        assertEquals(IntegrationPattern.RUN_JOB, job.integrationPattern());
        assertEquals(IntegrationPattern.RUN_JOB, new ScratchProvider().defaultIntegrationPattern());
        // Declaration order, ASL keys, ArraySize wrapped by its renderer, jobRole (grant-only) not rendered.
        assertEquals(json("{'Type':'Task','Resource':'arn:aws:states:::scratch:submitJob.sync','Parameters':{"
                + "'JobName':'nightly','JobQueue':'arn:aws:batch:us-east-1:123456789012:job-queue/q',"
                + "'ArrayProperties':{'Size':4},'NetworkConfiguration':{'Subnets':['subnet-1'],'AssignPublicIp':'ENABLED'},"
                + "'Tags':{'team':'data'}}}"), job.toState(AWS));
    }

    @Test
    void grantsNameTheQueuePassTheRoleToBatchOnlyAndAddTheManagedRule() {
        ScratchJob job = new Builder("Submit").jobName("n").jobQueue("q").jobRole("batch-job").build();
        assertEquals(List.of(
                PolicyStatement.allow("batch:SubmitJob", "arn:aws:batch:us-east-1:123456789012:job-queue/q"),
                PolicyStatement.allow("iam:PassRole", "arn:aws:iam::123456789012:role/batch-job")
                        .withConditions(PolicyStatement.Condition.of("StringEquals", "iam:PassedToService", "batch.amazonaws.com")),
                PolicyStatement.allow(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"),
                        List.of("arn:aws:events:us-east-1:123456789012:rule/StepFunctionsGetEventsForBatchJobsRule"))),
                job.policyStatements(AWS));
        assertEquals(List.of(), job.warnings(AWS));
    }

    @Test
    void placeholdersPassThroughTheDefinitionAndSitInTheirArnPosition() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String q : List.of("${JobQueue}", "${Token[TOKEN.31]}", "jobs-${Stage}")) {
            ScratchJob job = new Builder("Submit").jobName("n").jobQueue(q).integrationPattern(IntegrationPattern.REQUEST_RESPONSE).build();
            assertEquals(q, job.toState(cfn).get("Parameters").get("JobQueue").textValue());
            assertEquals(PolicyStatement.allow("batch:SubmitJob",
                    "arn:${AWS::Partition}:batch:${AWS::Region}:${AWS::AccountId}:job-queue/" + q), job.policyStatements(cfn).get(0));
        }
    }

    @Test
    void aWildcardInAnyPositionOfAGivenArnIsRefused() {
        for (String arn : List.of("arn:aws:batch:*:123456789012:job-queue/q", "arn:*:batch:us-east-1:123456789012:job-queue/q",
                "arn:aws:batch:us-east-1:123456789012:job-queue/q?", "q*")) {
            TaskValidationException e = assertThrows(TaskValidationException.class,
                    () -> new Builder("Submit").jobName("n").jobQueue(arn).build());
            assertEquals("jobQueue", e.property(), arn);
            assertEquals("Submit", e.stateName());
        }
    }

    @Test
    void everyProblemOfTheStateIsReportedAtOnce() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> new Builder("Submit")
                .jobName("-bad").arraySize(1).networkConfiguration(n -> n.assignPublicIp("MAYBE")).schedulingPriorityOverride(5).build());
        assertEquals(List.of("jobName", "jobQueue", "arraySize", "networkConfiguration.assignPublicIp",
                        "shareIdentifier"),
                e.problems().stream().map(TaskValidationException::property).toList());
        assertEquals(ErrorCode.OUT_OF_RANGE, e.problems().get(2).code());
    }

    @Test
    void anInfiniteNumberIsOutOfRangeRatherThanACrash() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> new Builder("Submit").jobName("n").jobQueue("q").arraySize(Double.POSITIVE_INFINITY).build());
        assertEquals("arraySize", e.property());
        assertEquals(ErrorCode.OUT_OF_RANGE, e.code());
    }

    @Test
    void aWorkflowFileReachesTheSameTaskAsTheBuilder() throws Exception {
        ScratchJob built = new Builder("Submit").jobName("n").jobQueue("q").arraySize(3)
                .networkConfiguration(n -> n.subnets("s1", "s2")).jobRole("r").build();
        ObjectNode props = json("{'jobName':'n','jobQueue':'q','arraySize':3,'networkConfiguration':{'subnets':['s1','s2']},'jobRole':'r'}");
        var read = new ScratchProvider().create(TaskRequest.of("Submit", props));
        assertEquals(built.toState(AWS), read.toState(AWS));
        assertEquals(built.policyStatements(AWS), read.policyStatements(AWS));
    }

    @Test
    void aWorkflowFileGetsEveryProblemTypoFirst() throws Exception {
        ObjectNode props = json("{'jobNmae':'n','jobQueue':'q','arraySize':'three','networkConfiguration':{'subnetz':[]}}");
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> new ScratchProvider().create(TaskRequest.of("Submit", props)));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
        assertTrue(e.getMessage().contains("did you mean \"jobName\""), e.getMessage());
        List<String> where = e.problems().stream().map(TaskValidationException::property).toList();
        assertTrue(where.containsAll(List.of("jobNmae", "arraySize", "networkConfiguration.subnetz")), where.toString());
    }

    @Test
    void aQueueChosenAtRunTimeIsGrantedAccountWideWithAWarning() {
        ScratchJob job = new Builder("Submit").jobName("n").jobQueue(JsonPath.stringAt("$.queue")).build();
        assertEquals("arn:aws:batch:us-east-1:123456789012:job-queue/*", job.policyStatements(AWS).get(0).resources().get(0));
        List<TaskWarning> w = job.warnings(AWS);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("Submit", w.get(0).stateName());
        assertEquals("jobQueue", w.get(0).property());
    }

    @Test
    void theSchemaSaysResourcesGrantOnlyPropertiesPlaceholdersAndRules() {
        ObjectNode s = new ScratchProvider().propertiesSchema();
        assertEquals("batch:job-queue/", s.at("/properties/jobQueue/anyOf/0/x-sfn-resource").textValue());
        assertTrue(s.at("/properties/jobRole/x-sfn-grantOnly").booleanValue());
        assertTrue(s.at("/properties/jobRole.$").isMissingNode(), "a grant-only property is static");
        assertTrue(s.toString().contains("Token"), "the resource admits placeholders");
        assertTrue(s.at("/required").toString().contains("jobName") || s.at("/allOf").toString().contains("jobName"));
        assertTrue(s.at("/allOf").toString().contains("shareIdentifier"), "requires(PRIORITY, SHARE) is in the schema");
    }

    @Test
    void aJsonataStateRendersArgumentsWithTheSameShape() {
        ScratchJob job = new Builder("Submit").queryLanguage(QueryLanguage.JSONATA).jobName("{% $states.input.name %}")
                .jobQueue("q").integrationPattern(IntegrationPattern.REQUEST_RESPONSE).build();
        assertEquals("{% $states.input.name %}", job.toState(AWS).get("Arguments").get("JobName").textValue());
    }

    @Test
    void aNumberTooLargeForADoubleIsOutOfRangeNotACrash() throws Exception {
        ObjectNode props = json("{'jobName':'n','jobQueue':'q','arraySize':1e400}");
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> new ScratchProvider().create(TaskRequest.of("Submit", props)));
        assertEquals("arraySize", e.property());
        assertEquals(ErrorCode.OUT_OF_RANGE, e.code());
    }
}
