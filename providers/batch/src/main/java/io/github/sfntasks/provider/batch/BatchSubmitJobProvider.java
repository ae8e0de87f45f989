package io.github.sfntasks.provider.batch;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code batch:submitJob} provider: {@link BatchSubmitJob} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "batch:submitJob",
 * "Properties": {"jobDefinitionArn": "MyJobDefinition:1", "jobName": "MyJob", "jobQueueArn": "MyJobQueue"}
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class BatchSubmitJobProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public BatchSubmitJobProvider() {
        super(BatchSubmitJob.TYPE, BatchSubmitJob.SHAPE, BatchSubmitJob::builder);
    }
}
