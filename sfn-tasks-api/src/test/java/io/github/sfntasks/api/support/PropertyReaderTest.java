package io.github.sfntasks.api.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A property written as JSON {@code null} is refused, as the providers' schemas (which never allow {@code null}
 * for a typed property) say; a property left out is "not set".
 */
class PropertyReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nullIsRefusedForEveryTypedReaderNamingStateAndProperty() {
        List<Function<PropertyReader, Object>> readers = List.of(r -> r.string("p"), r -> r.bool("p"), r -> r.integer("p"),
                r -> r.number("p"), r -> r.stringList("p"), r -> r.enumValue("p", QueryLanguage.class), r -> r.stringValue("p"),
                r -> r.numberValue("p"), r -> r.booleanValue("p"), r -> r.object("p"));
        for (Function<PropertyReader, Object> read : readers) {
            ObjectNode props = JSON.createObjectNode().putNull("p");
            TaskValidationException e = assertThrows(TaskValidationException.class,
                    () -> read.apply(PropertyReader.of("Send", props, QueryLanguage.JSONPATH)));
            assertEquals("Send", e.stateName());
            assertEquals("p", e.property());
            assertTrue(e.getMessage().contains("must not be null"), e.getMessage());
        }
    }

    @Test
    void absentIsNotSet() {
        PropertyReader r = PropertyReader.of("Send", JSON.createObjectNode(), QueryLanguage.JSONPATH);
        assertNull(r.string("p"));
        assertNull(r.bool("p"));
        assertNull(r.integer("p"));
        assertNull(r.number("p"));
        assertNull(r.stringList("p"));
    }
}
