/**
 * The executor's machinery (compiled definitions, JSONPath, intrinsic functions, JSONata, the interpreter).
 * Not exported.
 */
package io.github.sfntasks.local.internal;
