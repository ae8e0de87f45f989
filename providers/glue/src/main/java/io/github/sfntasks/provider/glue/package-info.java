/**
 * AWS Glue tasks: {@link io.github.sfntasks.provider.glue.GlueStartJobRun} (start a job run, optionally waiting for
 * it: {@code glue:startJobRun}) and {@link io.github.sfntasks.provider.glue.GlueStartCrawlerRun} (start a crawler,
 * through the AWS SDK integration: {@code aws-sdk:glue:startCrawler}), with their providers.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.glue;

import io.github.sfntasks.api.ApiStatus;
