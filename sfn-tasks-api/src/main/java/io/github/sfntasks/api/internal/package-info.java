/**
 * Internal support of the API (path syntax, intrinsic-function parsing). Not exported to users;
 * exported only to {@code io.github.sfntasks.core}. May change at any time.
 */
package io.github.sfntasks.api.internal;
