/**
 * AWS Elemental MediaConvert tasks: {@link io.github.sfntasks.provider.mediaconvert.MediaConvertCreateJob}
 * ({@code mediaconvert:createJob}) and its provider.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.mediaconvert;

import io.github.sfntasks.api.ApiStatus;
