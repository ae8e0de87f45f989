/** A consumer of the conformance kit on the module path (see the module's pom). */
package com.example.kitconsumer;
