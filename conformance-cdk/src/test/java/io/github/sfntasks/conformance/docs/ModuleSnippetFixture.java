package io.github.sfntasks.conformance.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.core.doc.SnippetFixture;
import software.amazon.awscdk.services.logs.ILogGroup;

/**
 * What the other modules' examples take as given, besides the names of {@link SnippetFixture}. The examples are
 * compiled, never run: a name here has the type a reader would assume, and a value only where one is cheap.
 */
public abstract class ModuleSnippetFixture extends SnippetFixture {

    /** A state machine's definition, as ASL text. */
    protected final String definitionJson = "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}";
    /** A service's result, as a mock returns it. */
    protected final JsonNode json = JsonNodeFactory.instance.objectNode();
    /** A MediaConvert job's settings, as the service's API takes them. */
    protected final ObjectNode settings = JsonNodeFactory.instance.objectNode();
    /** A CDK log group (no value: creating one needs a stack, and the examples are never run). */
    protected final ILogGroup logGroup = null;
}
