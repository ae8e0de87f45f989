/**
 * AWS Glue DataBrew tasks: {@link io.github.sfntasks.provider.databrew.GlueDataBrewStartJobRun} and its provider
 * ({@code databrew:startJobRun}).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.databrew;

import io.github.sfntasks.api.ApiStatus;
