/**
 * The HTTP Task: {@link io.github.sfntasks.provider.http.HttpInvoke} ({@code http:invoke}), calling an HTTPS API
 * through an Amazon EventBridge connection, and its provider.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.http;

import io.github.sfntasks.api.ApiStatus;
