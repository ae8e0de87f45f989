/**
 * A third party's provider tests as a named module that requires the sfn-tasks conformance kit on the module path.
 */
module com.example.kitconsumer {
    requires io.github.sfntasks.conformance;
}
