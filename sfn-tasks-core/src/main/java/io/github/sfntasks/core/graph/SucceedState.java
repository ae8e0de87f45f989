package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;

import java.util.List;

/** A Succeed state: ends the machine (or branch) successfully. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class SucceedState extends State {

    SucceedState(String name, Fields fields) {
        super(name, fields);
    }

    /** @param name the state's name @return the state */
    public static SucceedState of(String name) {
        return new SucceedState(name, new Fields());
    }

    /** @param name the state's name @param comment a comment @return the state */
    public static SucceedState of(String name, String comment) {
        Fields f = new Fields();
        f.put("Comment", comment);
        return new SucceedState(name, f);
    }

    @Override
    public String type() {
        return "Succeed";
    }

}
