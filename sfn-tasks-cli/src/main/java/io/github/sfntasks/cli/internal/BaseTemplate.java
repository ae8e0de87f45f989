package io.github.sfntasks.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.cli.Main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code --template FILE} of {@code render --format cloudformation|sam}: a template of the user's own. JSON, or
 * YAML with intrinsic functions in their long form ({@code Fn::GetAtt: [Fn, Arn]}): a YAML reader that knows no
 * CloudFormation would read the short form {@code !GetAtt Fn.Arn} as the plain text {@code Fn.Arn} and lose the
 * function, so a tag is refused with its line rather than silently dropped.
 */
final class BaseTemplate {

    private BaseTemplate() {
    }

    static ObjectNode read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --template " + path + ": no such file");
        } catch (IOException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --template " + path + ": cannot be read: " + e.getMessage());
        }
        JsonFactory factory = WorkflowFile.isYaml(path)
                ? YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                : JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try {
            if (WorkflowFile.isYaml(path)) {
                try (JsonParser p = factory.createParser(text)) {
                    while (p.nextToken() != null) {
                        Object tag = p.getTypeId();
                        if (tag != null) {
                            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --template " + path + ":"
                                    + p.currentTokenLocation().getLineNr() + ":" + p.currentTokenLocation().getColumnNr()
                                    + ": the short form !" + tag + " is not read; write the long form ('Ref:', 'Fn::GetAtt:',"
                                    + " 'Fn::Sub:'...), or give the template as JSON");
                        }
                    }
                }
            }
            JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper(factory).readTree(text);
            if (!(tree instanceof ObjectNode o) || !(o.get("Resources") == null || o.get("Resources").isObject())) {
                throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --template " + path
                        + ": is not a template (an object, with Resources an object)");
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --template " + path + ":"
                    + (e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ":")
                    + " not well-formed: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --template " + path + ": " + e.getMessage());
        }
    }
}
