package io.github.sfntasks.provider.glue;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GlueStartCrawlerRunTest {

    private static final RenderContext AWS = ExpectedJson.CONTEXT;
    private final GlueStartCrawlerRunProvider provider = new GlueStartCrawlerRunProvider();

    @Test
    void startsTheNamedCrawlerThroughTheSdkIntegrationBuilderAndWorkflowAlike() {
        ExpectedJson expected = ExpectedJson.load(GlueStartCrawlerRunTest.class, "/glue/start-crawler.json");
        String a = expected.assertRenders(GlueStartCrawlerRun.builder("Crawl").crawlerName("my-crawler").build());
        assertEquals(a, expected.assertRenders(provider.create(TaskRequest.of("Crawl", object("{\"crawlerName\": \"my-crawler\"}")))));
    }

    @Test
    void onlyRequestResponseIsAccepted() {
        for (IntegrationPattern p : List.of(IntegrationPattern.RUN_JOB, IntegrationPattern.WAIT_FOR_TASK_TOKEN)) {
            assertThrows(TaskValidationException.class,
                    () -> GlueStartCrawlerRun.builder("Crawl").crawlerName("c").integrationPattern(p).build(), p.toString());
        }
    }

    @Test
    void placeholdersInTheCrawlerNamePassThroughAndSitInTheGrantsArn() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String name : List.of("${Crawler}", "${Crawler.Arn}", "${Token[TOKEN.12]}", "raw-${Stage}")) {
            Task t = GlueStartCrawlerRun.builder("Crawl").crawlerName(name).build();
            assertEquals(name, t.toState(cfn).get("Parameters").get("Name").textValue());
            assertEquals("arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:crawler/" + name,
                    t.policyStatements(cfn).get(0).resources().get(0));
        }
    }

    @Test
    void aWildcardOrNoNameIsRefused() {
        for (String name : List.of("raw*", "r?w", "", "arn:aws:glue:us-east-1:123456789012:crawler/raw")) {
            assertInvalid("Crawl", "crawlerName", () -> GlueStartCrawlerRun.builder("Crawl").crawlerName(name).build());
        }
        assertInvalid("Crawl", "crawlerName", () -> GlueStartCrawlerRun.builder("Crawl").build());
    }

    @Test
    void aCrawlerChosenAtRunTimeGetsEveryCrawlerOfTheAccountWithAWarning() {
        Task t = GlueStartCrawlerRun.builder("Crawl").crawlerName(JsonPath.stringAt("$.crawler")).build();
        assertEquals("$.crawler", t.toState(AWS).get("Parameters").get("Name.$").textValue());
        assertEquals("arn:aws:glue:us-east-1:123456789012:crawler/*", t.policyStatements(AWS).get(0).resources().get(0));
        assertEquals("crawlerName", t.warnings(AWS).get(0).property());
    }

    @Test
    void aJsonataStateRendersArguments() {
        Task t = GlueStartCrawlerRun.builder("Crawl").queryLanguage(QueryLanguage.JSONATA).crawlerName("{% $states.input.c %}").build();
        assertEquals("{% $states.input.c %}", t.toState(AWS).get("Arguments").get("Name").textValue());
    }
}
