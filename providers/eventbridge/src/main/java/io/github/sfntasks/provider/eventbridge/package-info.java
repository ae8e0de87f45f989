/**
 * Amazon EventBridge tasks: {@link io.github.sfntasks.provider.eventbridge.EventBridgePutEvents}, its entries
 * ({@link io.github.sfntasks.provider.eventbridge.EventBridgePutEventsEntry}) and its provider
 * ({@code events:putEvents}).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.provider.eventbridge;

import io.github.sfntasks.api.ApiStatus;
