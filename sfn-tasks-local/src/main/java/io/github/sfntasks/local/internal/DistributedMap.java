package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Distributed Map does around its child executions, after AWS's pages "ItemReader (Map)",
 * "ItemBatcher (Map)" and "ResultWriter (Map)": turning what S3 answers (a ListObjectsV2 page, or an object's
 * JSON, JSON Lines or CSV text) into items, batching items, and shaping the results a ResultWriter writes.
 * Stateless.
 */
public final class DistributedMap {

    private DistributedMap() {
    }

    /**
     * The items of an ItemReader, from the answer of its (mocked) S3 call.
     *
     * @param resource the reader's Resource ({@code arn:aws:states:::s3:listObjectsV2}, {@code ...:s3:getObject})
     * @param config the ReaderConfig (may be missing)
     * @param answer what the mock answered: for listObjectsV2 the ListObjectsV2 response (its {@code Contents})
     *        or an array of such pages; for getObject the object's body: JSON text or the parsed JSON for
     *        InputType JSON, text for CSV and JSONL. An array is always taken as the items themselves.
     * @param maxItems MaxItems (or MaxItemsPath's value), 0 for no limit
     * @return the items
     * @throws StatesError {@code States.ItemReaderFailed} when the answer cannot be read as the config says
     */
    public static ArrayNode items(String resource, JsonNode config, JsonNode answer, long maxItems) {
        String inputType = config.path("InputType").asText("");
        ArrayNode items;
        if (resource.endsWith(":s3:listObjectsV2")) {
            items = listed(answer);
        } else if (answer.isArray() && !inputType.equals("CSV") && !inputType.equals("JSONL")) {
            items = (ArrayNode) answer;
        } else {
            switch (inputType) {
                case "CSV":
                    items = csv(text(answer, "CSV"), config);
                    break;
                case "JSONL":
                    items = jsonLines(text(answer, "JSONL"));
                    break;
                case "JSON":
                case "":
                    items = jsonArray(answer);
                    break;
                default:
                    throw readerFailed("InputType " + inputType + " is not supported by the local executor (CSV,"
                            + " JSON and JSONL are; for MANIFEST, mock the reader with the items themselves)");
            }
        }
        if (maxItems > 0 && items.size() > maxItems) {
            ArrayNode cut = Json.array();
            for (int i = 0; i < maxItems; i++) {
                cut.add(items.get(i));
            }
            items = cut;
        }
        return items;
    }

    private static StatesError readerFailed(String why) {
        return new StatesError(StatesError.ITEM_READER_FAILED, why);
    }

    private static String text(JsonNode answer, String type) {
        if (!answer.isTextual()) {
            throw readerFailed("an InputType " + type + " object is text: mock s3:getObject with the object's body as"
                    + " a JSON string, was " + answer.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return answer.textValue();
    }

    /** ListObjectsV2 pages to items shaped as AWS gives them: Etag, Key, LastModified (epoch seconds), Size, StorageClass. */
    private static ArrayNode listed(JsonNode answer) {
        List<JsonNode> pages = new ArrayList<>();
        if (answer.isArray() && (answer.isEmpty() || answer.get(0).has("Contents"))) {
            answer.forEach(pages::add);
        } else if (answer.isObject()) {
            pages.add(answer);
        } else if (answer.isArray()) {
            return (ArrayNode) answer;
        } else {
            throw readerFailed("s3:listObjectsV2 answers a ListObjectsV2 response ({\"Contents\": [...]}), was "
                    + Json.text(answer));
        }
        ArrayNode items = Json.array();
        for (JsonNode page : pages) {
            for (JsonNode o : page.path("Contents")) {
                ObjectNode item = Json.object();
                JsonNode etag = o.has("ETag") ? o.get("ETag") : o.get("Etag");
                if (etag != null) {
                    item.set("Etag", etag);
                }
                item.set("Key", o.path("Key"));
                JsonNode modified = o.get("LastModified");
                if (modified != null) {
                    item.set("LastModified", epochSeconds(modified));
                }
                if (o.has("Size")) {
                    item.set("Size", o.get("Size"));
                }
                if (o.has("StorageClass")) {
                    item.set("StorageClass", o.get("StorageClass"));
                }
                items.add(item);
            }
        }
        return items;
    }

    private static JsonNode epochSeconds(JsonNode modified) {
        if (modified.isTextual()) {
            try {
                return Json.integer(Instant.parse(modified.textValue()).getEpochSecond());
            } catch (DateTimeParseException e) {
                return modified;
            }
        }
        return modified;
    }

    private static ArrayNode jsonArray(JsonNode answer) {
        JsonNode v = answer;
        if (answer.isTextual()) {
            try {
                v = Json.parse(answer.textValue());
            } catch (JsonProcessingException e) {
                throw readerFailed("the object is not JSON: " + e.getOriginalMessage());
            }
        }
        if (v == null || !v.isArray()) {
            throw readerFailed("an InputType JSON object holds a JSON array, was "
                    + (v == null ? "nothing" : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return (ArrayNode) v;
    }

    private static ArrayNode jsonLines(String text) {
        ArrayNode items = Json.array();
        int line = 0;
        for (String l : text.split("\r?\n", -1)) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            try {
                items.add(Json.parse(l));
            } catch (JsonProcessingException e) {
                throw readerFailed("line " + line + " of the JSON Lines object is not JSON: " + e.getOriginalMessage());
            }
        }
        return items;
    }

    /**
     * CSV (RFC 4180 quoting) to objects keyed by the header: the first row (CSVHeaderLocation FIRST_ROW, the
     * default) or CSVHeaders (GIVEN). Every value is a string, as AWS gives them.
     */
    private static ArrayNode csv(String text, JsonNode config) {
        char delimiter;
        switch (config.path("CSVDelimiter").asText("COMMA")) {
            case "PIPE": delimiter = '|'; break;
            case "SEMICOLON": delimiter = ';'; break;
            case "SPACE": delimiter = ' '; break;
            case "TAB": delimiter = '\t'; break;
            default: delimiter = ','; break;
        }
        List<List<String>> rows = rows(text, delimiter);
        List<String> header = new ArrayList<>();
        int first = 0;
        if ("GIVEN".equals(config.path("CSVHeaderLocation").asText("FIRST_ROW"))) {
            config.path("CSVHeaders").forEach(h -> header.add(h.asText()));
        } else if (!rows.isEmpty()) {
            header.addAll(rows.get(0));
            first = 1;
        }
        ArrayNode items = Json.array();
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                throw readerFailed("CSV row " + (r + 1) + " has " + row.size() + " fields and the header "
                        + header.size());
            }
            ObjectNode o = Json.object();
            for (int i = 0; i < header.size(); i++) {
                o.put(header.get(i), row.get(i));
            }
            items.add(o);
        }
        return items;
    }

    private static List<List<String>> rows(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /**
     * ItemBatcher: consecutive items, at most {@code maxItems} per batch (0: no limit) and at most
     * {@code maxBytes} of compact JSON per batch (0: no limit; a single larger item still makes its own batch,
     * whose child then fails on the payload quota as on AWS), each batch {@code {"BatchInput": ..., "Items": [...]}}.
     *
     * @param items the items (after ItemSelector)
     * @param maxItems MaxItemsPerBatch
     * @param maxBytes MaxInputBytesPerBatch
     * @param batchInput BatchInput, or null
     * @return the child inputs
     */
    public static List<JsonNode> batches(List<JsonNode> items, long maxItems, long maxBytes, JsonNode batchInput) {
        List<JsonNode> out = new ArrayList<>();
        ArrayNode current = null;
        long bytes = 0;
        for (JsonNode item : items) {
            long size = Json.size(item, Long.MAX_VALUE);
            boolean full = current != null && ((maxItems > 0 && current.size() >= maxItems)
                    || (maxBytes > 0 && bytes + size + 1 > maxBytes));
            if (current == null || full) {
                current = Json.array();
                ObjectNode batch = Json.object();
                if (batchInput != null) {
                    batch.set("BatchInput", batchInput);
                }
                batch.set("Items", current);
                out.add(batch);
                bytes = 0;
            }
            current.add(item);
            bytes += size + 1;
        }
        return out;
    }

    /**
     * What a ResultWriter writes for one child execution with Transformation NONE: the execution's metadata,
     * input and output as JSON text.
     */
    public static ObjectNode resultEntry(String executionArn, String name, String stateMachineArn, JsonNode input,
            JsonNode output, String error, String cause, long start, long stop) {
        ObjectNode e = Json.object();
        e.put("ExecutionArn", executionArn);
        e.put("Input", Json.text(input));
        e.putObject("InputDetails").put("Included", true);
        e.put("Name", name);
        if (error == null) {
            e.put("Output", Json.text(output));
            e.putObject("OutputDetails").put("Included", true);
        } else {
            e.put("Error", error);
            if (cause != null) {
                e.put("Cause", cause);
            }
        }
        e.put("RedriveCount", 0);
        e.put("RedriveStatus", "NOT_REDRIVABLE");
        e.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        e.put("StartDate", Instant.ofEpochMilli(start).toString());
        e.put("StateMachineArn", stateMachineArn);
        e.put("Status", error == null ? "SUCCEEDED" : "FAILED");
        e.put("StopDate", Instant.ofEpochMilli(stop).toString());
        return e;
    }

    /**
     * WriterConfig's Transformation of the succeeded children's outputs: COMPACT gives the outputs, FLATTEN
     * the outputs with arrays flattened one level.
     */
    public static ArrayNode transformed(List<JsonNode> outputs, String transformation) {
        ArrayNode out = Json.array();
        for (JsonNode o : outputs) {
            if ("FLATTEN".equals(transformation) && o.isArray()) {
                out.addAll((ArrayNode) o);
            } else {
                out.add(o);
            }
        }
        return out;
    }
}
