/**
 * Assertions the provider modules' tests share: expected JSON renderings, double registration of
 * providers, robustness against odd property values, and validation errors.
 *
 * <p>All of it is for tests; every method fails with a JUnit assertion error that names what differs.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntasks.testing;

import io.github.sfntasks.api.ApiStatus;
