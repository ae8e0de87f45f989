package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfntasks.api.value.Literal;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;

import java.time.Instant;
import java.util.List;

/**
 * A Wait state: waits a number of seconds or until a timestamp, given statically, by a reference
 * path, or (JSONata) by an expression.
 *
 * <pre>{@code
 * WaitState.seconds("Wait 30s", 30);
 * WaitState.timestampPath("Until due", "$.dueAt");
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class WaitState extends NextState {

    WaitState(String name, Fields fields) {
        super(name, fields);
    }

    private static WaitState with(String name, String field, com.fasterxml.jackson.databind.JsonNode value,
                                  QueryLanguage language) {
        Fields f = new Fields();
        f.queryLanguage(language);
        f.put(field, value);
        return new WaitState(name, f);
    }

    /** @param name the state's name @param seconds how long @return the state */
    public static WaitState seconds(String name, long seconds) {
        return with(name, "Seconds", Literal.of(seconds).node(), null);
    }

    /** @param name the state's name @param timestamp until when @return the state */
    public static WaitState timestamp(String name, Instant timestamp) {
        return with(name, "Timestamp", TextNode.valueOf(timestamp.toString()), null);
    }

    /** @param name the state's name @param path a reference path to the seconds @return the state */
    public static WaitState secondsPath(String name, String path) {
        return with(name, "SecondsPath", TextNode.valueOf(JsonPath.reference(path).path()), null);
    }

    /** @param name the state's name @param path a reference path to the timestamp @return the state */
    public static WaitState timestampPath(String name, String path) {
        return with(name, "TimestampPath", TextNode.valueOf(JsonPath.reference(path).path()), null);
    }

    /** @param name the state's name @param seconds a JSONata expression @return a JSONata Wait state */
    public static WaitState seconds(String name, JsonataExpression seconds) {
        return with(name, "Seconds", TextNode.valueOf(seconds.text()), QueryLanguage.JSONATA);
    }

    /** @param name the state's name @param timestamp a JSONata expression @return a JSONata Wait state */
    public static WaitState timestamp(String name, JsonataExpression timestamp) {
        return with(name, "Timestamp", TextNode.valueOf(timestamp.text()), QueryLanguage.JSONATA);
    }

    /** @param comment a comment @return a copy with the comment */
    public WaitState withComment(String comment) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        copy.put("Comment", comment);
        ObjectNode rest = fields.copy();
        rest.remove("Comment");
        copy.setAll(rest);
        return new WaitState(name(), new Fields(copy, fields.queryLanguage()));
    }

    @Override
    public String type() {
        return "Wait";
    }

}
