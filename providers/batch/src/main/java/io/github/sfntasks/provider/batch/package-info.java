/**
 * AWS Batch tasks: {@link io.github.sfntasks.provider.batch.BatchSubmitJob} (submit a job, by default waiting for it
 * to finish) and its provider ({@code batch:submitJob}).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.batch;

import io.github.sfntasks.api.ApiStatus;
