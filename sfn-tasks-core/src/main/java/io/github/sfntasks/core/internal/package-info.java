/** Internal support of the core (field rules of ASL states, JSON output, the providers' type-id index). Not exported; may change at any time. */
package io.github.sfntasks.core.internal;
