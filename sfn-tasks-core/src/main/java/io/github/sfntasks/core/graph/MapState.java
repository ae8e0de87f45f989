package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfntasks.api.value.Literal;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Errors;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Map state: runs its item processor for each item of an array (inline), or of a data set read by
 * an ItemReader (distributed).
 *
 * <pre>{@code
 * MapState each = MapState.builder("Each order")
 *     .itemsPath("$.orders")
 *     .maxConcurrency(5)
 *     .itemProcessor(Chain.start(chargeOrder))
 *     .resultPath("$.charged")
 *     .build();
 * MapState perItem = MapState.of("Each item", chargeOrder);
 * }</pre>
 *
 * <p>ItemReader, ItemBatcher and ResultWriter are passed through as written and checked for shape
 * only. A distributed map's grants (starting its child executions, its ItemReader's and ResultWriter's S3 access)
 * are derived from them by {@link StateMachine#policyStatements}.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class MapState extends ScopedState<MapState> {

    /** How the item processor runs. */
    public enum Mode {
        /** In the parent execution (at most 40 concurrent iterations). */
        INLINE,
        /** As child executions, for large data sets. */
        DISTRIBUTED
    }

    private final Scope processor;
    private final ObjectNode processorConfig;
    private final boolean legacyIterator;

    MapState(String name, Fields fields, Scope processor, ObjectNode processorConfig, boolean legacyIterator) {
        super(name, fields);
        this.processor = processor;
        this.processorConfig = processorConfig == null ? null : processorConfig.deepCopy();
        this.legacyIterator = legacyIterator;
    }

    /** @param name the state's name @return a builder */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * @param name the state's name
     * @param processor the states run per item of the state's input (an array)
     * @return {@code builder(name).itemProcessor(processor).build()}
     */
    public static MapState of(String name, Chainable processor) {
        return builder(name).itemProcessor(processor).build();
    }

    /**
     * @param name the state's name
     * @param processor the task run per item of the state's input (wrapped with {@link TaskState#of})
     * @return {@code builder(name).itemProcessor(processor).build()}
     */
    public static MapState of(String name, io.github.sfntasks.api.spi.Task processor) {
        return builder(name).itemProcessor(processor).build();
    }

    @Override
    public String type() {
        return "Map";
    }

    @Override
    List<Scope> scopes() {
        return List.of(processor);
    }

    @Override
    void check(QueryLanguage language) {
        super.check(language);
        if (processorConfig != null) {
            var mode = processorConfig.get("Mode");
            if (mode != null && !(mode.isTextual() && (mode.textValue().equals("INLINE") || mode.textValue().equals("DISTRIBUTED")))) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, name(), "ItemProcessor.ProcessorConfig.Mode",
                        "must be INLINE or DISTRIBUTED, was " + mode);
            }
            var type = processorConfig.get("ExecutionType");
            if (type != null && !(type.isTextual() && (type.textValue().equals("STANDARD") || type.textValue().equals("EXPRESS")))) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, name(), "ItemProcessor.ProcessorConfig.ExecutionType",
                        "must be STANDARD or EXPRESS, was " + type);
            }
        }
    }

    /** @return whether the item processor runs as child executions (ProcessorConfig.Mode DISTRIBUTED) */
    boolean distributed() {
        return processorConfig != null && "DISTRIBUTED".equals(processorConfig.path("Mode").asText());
    }

    /** @return a copy of the state's own fields (ItemReader, ResultWriter...) */
    ObjectNode fieldsCopy() {
        return fields.copy();
    }

    @Override
    ObjectNode render(RenderContext context, QueryLanguage machineLanguage) {
        throw new UnsupportedOperationException("rendered by StateMachine");
    }

    ObjectNode render(QueryLanguage machineLanguage, ObjectNode renderedProcessor) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        fields.writeHeader(s, type(), machineLanguage);
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        if (processorConfig != null && !legacyIterator) {
            p.set("ProcessorConfig", processorConfig.deepCopy());
        }
        p.setAll(renderedProcessor);
        s.set(legacyIterator ? "Iterator" : "ItemProcessor", p);
        writeTail(s, machineLanguage);
        return s;
    }

    /** Builds a {@link MapState}. */
    public static final class Builder extends ResultBuilder<Builder> {
        private Scope processor;
        private ObjectNode processorConfig;

        private Builder(String name) {
            super(name);
        }

        /** @param processor the states run per item: a state or a chain @return this builder */
        public Builder itemProcessor(Chainable processor) {
            this.processor = new Scope(Chain.startOf(processor), List.of());
            return this;
        }

        /** @param processor the task run per item (wrapped with {@link TaskState#of}) @return this builder */
        public Builder itemProcessor(io.github.sfntasks.api.spi.Task processor) {
            return itemProcessor(TaskState.of(processor));
        }

        /** @param mode INLINE or DISTRIBUTED @param executionType STANDARD or EXPRESS for DISTRIBUTED, else null @return this builder */
        public Builder processorConfig(Mode mode, String executionType) {
            processorConfig = JsonNodeFactory.instance.objectNode();
            processorConfig.put("Mode", mode.name());
            if (executionType != null) {
                processorConfig.put("ExecutionType", executionType.toUpperCase(Locale.ROOT));
            }
            return this;
        }

        /** @param path ItemsPath, a reference path to the array @return this builder */
        public Builder itemsPath(String path) {
            fields.putPath("ItemsPath", path == null ? null : path(path, "ItemsPath", true));
            return this;
        }

        /** @param items Items (JSONata): an array or an expression @return this builder */
        public Builder items(Object items) {
            return value("Items", items);
        }

        /** @param selector ItemSelector: shapes each item; may read {@code $$.Map.Item.Value} @return this builder */
        public Builder itemSelector(Object selector) {
            return value("ItemSelector", selector);
        }

        /** @param max MaxConcurrency (0: no limit) @return this builder */
        public Builder maxConcurrency(int max) {
            fields.put("MaxConcurrency", Literal.of(max).node());
            return this;
        }

        /** @param path MaxConcurrencyPath @return this builder */
        public Builder maxConcurrencyPath(String path) {
            fields.putPath("MaxConcurrencyPath", path(path, "MaxConcurrencyPath", true));
            return this;
        }

        /** @param max MaxConcurrency as a JSONata expression @return this builder */
        public Builder maxConcurrency(JsonataExpression max) {
            fields.put("MaxConcurrency", max.text());
            return this;
        }

        /** @param percent ToleratedFailurePercentage (distributed) @return this builder */
        public Builder toleratedFailurePercentage(double percent) {
            fields.put("ToleratedFailurePercentage", JsonNodeFactory.instance.numberNode(percent));
            return this;
        }

        /** @param count ToleratedFailureCount (distributed) @return this builder */
        public Builder toleratedFailureCount(int count) {
            fields.put("ToleratedFailureCount", Literal.of(count).node());
            return this;
        }

        /** @param label Label (distributed) @return this builder */
        public Builder label(String label) {
            fields.put("Label", label);
            return this;
        }

        /** @param reader ItemReader as ASL writes it @return this builder */
        public Builder itemReader(ObjectNode reader) {
            fields.put("ItemReader", reader == null ? null : reader.deepCopy());
            return this;
        }

        /** @param batcher ItemBatcher as ASL writes it @return this builder */
        public Builder itemBatcher(ObjectNode batcher) {
            fields.put("ItemBatcher", batcher == null ? null : batcher.deepCopy());
            return this;
        }

        /** @param writer ResultWriter as ASL writes it @return this builder */
        public Builder resultWriter(ObjectNode writer) {
            fields.put("ResultWriter", writer == null ? null : writer.deepCopy());
            return this;
        }

        /** @param selector ResultSelector @return this builder */
        public Builder resultSelector(ObjectValue selector) {
            return value("ResultSelector", selector);
        }

        /** @return the state @throws TaskValidationException when the item processor is missing */
        public MapState build() {
            if (processor == null) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, name, "ItemProcessor",
                        "a Map state needs an item processor");
            }
            return new MapState(name, copyFields(), processor,
                    processorConfig, false);
        }
    }
}
