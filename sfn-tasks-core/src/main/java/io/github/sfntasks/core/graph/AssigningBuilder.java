package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.value.ObjectValue;

/**
 * Adds Assign: every state type but Succeed and Fail.
 *
 * @param <B> the concrete builder
 */
abstract class AssigningBuilder<B extends AssigningBuilder<B>> extends PathsBuilder<B> {

    AssigningBuilder(String name) {
        super(name);
    }

    /** @param assign variables to assign @return this builder */
    public B assign(ObjectValue assign) {
        fields.putValue("Assign", assign, lang());
        return self();
    }
}
