package io.github.sfntasks.core.deploy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.core.internal.Trees;
import io.github.sfntasks.core.internal.YamlFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a base template ({@link DeploymentOptions#withBaseTemplate(Path)}): JSON, or YAML (by the file's name) with
 * intrinsic functions in their long form. A YAML reader that knows no CloudFormation reads the short form
 * {@code !GetAtt Fn.Arn} as the plain text {@code Fn.Arn} and loses the function, so a tag is refused with its line
 * rather than silently dropped. Read with the workflow reader's limits (nesting, YAML aliases).
 */
final class BaseTemplates {

    private BaseTemplates() {
    }

    static ObjectNode read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size > YamlFormat.CODE_POINT_LIMIT) {
            throw problem(file, null, "is " + size + " bytes; a template is read up to " + YamlFormat.CODE_POINT_LIMIT);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw problem(file, null, "is not UTF-8 text; save the template as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (yaml && !YamlFormat.available()) {
            throw problem(file, null, "is YAML, and reading YAML needs com.fasterxml.jackson.dataformat:"
                    + "jackson-dataformat-yaml on the class path or module path (or give the template as JSON)");
        }
        JsonFactory factory = yaml ? YamlFormat.factory()
                : JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try {
            if (yaml) {
                try (JsonParser p = factory.createParser(text)) {
                    while (p.nextToken() != null) {
                        Object tag = p.getTypeId();
                        if (tag != null) {
                            throw problem(file, p.currentTokenLocation(), "the short form !" + tag + " is not read;"
                                    + " write the long form ('Ref:', 'Fn::GetAtt:', 'Fn::Sub:'...), or give the template as JSON");
                        }
                    }
                }
            }
            JsonNode tree = Trees.read(factory, text);
            if (!(tree instanceof ObjectNode o) || !(o.get("Resources") == null || o.get("Resources").isObject())) {
                throw problem(file, null, "is not a template (an object, with Resources an object)");
            }
            return o;
        } catch (JsonProcessingException e) {
            throw problem(file, e.getLocation(), "not well-formed: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static SfnTasksException problem(Path file, JsonLocation at, String message) {
        String where = at == null || at.getLineNr() < 1 ? "" : at.getLineNr() + ":" + at.getColumnNr() + ":";
        return new SfnTasksException(ErrorCode.DEPLOYMENT_TEMPLATE, "base template " + file + ":" + where + " " + message);
    }
}
