package io.github.sfntasks.provider.mediaconvert;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code mediaconvert:createJob} provider: {@link MediaConvertCreateJob} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "mediaconvert:createJob",
 * "Properties": {
 *   "createJobRequest": {"Role": "arn:aws:iam::123456789012:role/MediaConvertRole", "Settings": {"Inputs": []}}
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class MediaConvertCreateJobProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public MediaConvertCreateJobProvider() {
        super(MediaConvertCreateJob.TYPE, MediaConvertCreateJob.SHAPE, MediaConvertCreateJob::builder);
    }
}
