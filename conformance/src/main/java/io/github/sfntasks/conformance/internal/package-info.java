/**
 * The kit's machinery, not for use outside it: schema and regex generators, the schema validator, mutations, and
 * the checks behind {@link io.github.sfntasks.conformance.ConformanceChecks}. Not exported.
 */
package io.github.sfntasks.conformance.internal;
