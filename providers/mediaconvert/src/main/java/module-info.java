/**
 * AWS Elemental MediaConvert tasks for sfn-tasks: {@link io.github.sfntasks.provider.mediaconvert.MediaConvertCreateJob}
 * ({@code mediaconvert:createJob}).
 */
module io.github.sfntasks.provider.mediaconvert {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.mediaconvert;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.mediaconvert.MediaConvertCreateJobProvider;
}
