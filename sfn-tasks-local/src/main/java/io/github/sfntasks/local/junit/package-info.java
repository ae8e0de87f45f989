/**
 * JUnit 5 support: {@link io.github.sfntasks.local.junit.LocalStateMachine} on a test class or method loads
 * a definition and (optionally) one test case of a mock configuration file, and
 * {@link io.github.sfntasks.local.junit.LocalStateMachineExtension} injects the ready
 * {@link io.github.sfntasks.local.LocalRunner}; a failing test's message gets the path of the last
 * execution. Needs junit-jupiter-api at run time (an optional dependency of this module).
 */
package io.github.sfntasks.local.junit;
