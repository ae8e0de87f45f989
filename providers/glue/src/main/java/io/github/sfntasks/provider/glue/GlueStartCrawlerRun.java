package io.github.sfntasks.provider.glue;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;

/**
 * Starts an AWS Glue crawler, as the AWS CDK's {@code GlueStartCrawlerRun}: the AWS SDK integration
 * {@code arn:<partition>:states:::aws-sdk:glue:startCrawler} (Glue's optimized integration has StartJobRun only), so
 * the type id is {@code aws-sdk:glue:startCrawler}, the id of the Resource. It takes the place of the generic
 * {@code aws-sdk} provider for this one action, with the crawler's own grant.
 *
 * <pre>{@code
 * GlueStartCrawlerRun task = GlueStartCrawlerRun.builder("Crawl").crawlerName("my-crawler").build();
 * }</pre>
 *
 * <p>Properties: {@code crawlerName} (required; a path allowed): the crawler's name, 1 to 255 characters on one line,
 * rendered as {@code Name}; a placeholder is a name.
 *
 * <p>Patterns: REQUEST_RESPONSE only. StartCrawler returns at once; an SDK integration has no {@code .sync}, and
 * StartCrawler has no parameter to carry a task token, so no callback could ever come. (The CDK does not check the
 * pattern and would render {@code aws-sdk:glue:startCrawler.sync}, which Step Functions refuses.)
 *
 * <p>IAM: {@code glue:StartCrawler} on {@code arn:<partition>:glue:<region>:<account>:crawler/<name>}; a crawler
 * chosen at run time gets {@code crawler/*} of the account and region, with a warning.
 *
 * <p>Differences from the CDK: the CDK also grants {@code glue:GetCrawler}, which this call never makes (AWS SDK
 * integrations call the one action: "AWS SDK service integrations", IAM); we grant {@code glue:StartCrawler} only.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html">AWS SDK service integrations</a>
 * @see <a href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler">StartCrawler</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class GlueStartCrawlerRun extends ShapeTask {

    /** The task type: {@code aws-sdk:glue:startCrawler}, REQUEST_RESPONSE only. */
    public static final TaskType TYPE = TaskType.of("aws-sdk:glue:startCrawler", "Start an AWS Glue crawler",
            IntegrationPattern.REQUEST_RESPONSE);

    /** A Glue crawler: {@code arn:<partition>:glue:<region>:<account>:crawler/<name>}. */
    public static final ResourceArn CRAWLER = ResourceArn.of("glue", "crawler/");

    static final Field CRAWLER_NAME = Field.string("crawlerName", "Name").required().range(1, 255)
            .pattern("(?!arn:)" + GlueStartJobRun.ONE_LINE, "a crawler name on one line (not an ARN: StartCrawler takes the name)")
            .resource(CRAWLER).doc("The crawler's name");

    /** The properties. */
    public static final Shape SHAPE = Shape.of("StartCrawler", CRAWLER_NAME);

    private GlueStartCrawlerRun(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow("glue:StartCrawler", g.resource(CRAWLER_NAME.name(), value(CRAWLER_NAME), CRAWLER));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds a {@link GlueStartCrawlerRun}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, GlueStartCrawlerRun> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the crawler's name (a placeholder allowed), or a path @return this builder */
        public Builder crawlerName(Object name) { return set(CRAWLER_NAME, name); }

        @Override
        protected GlueStartCrawlerRun newTask() {
            return new GlueStartCrawlerRun(this);
        }
    }
}
