package io.github.sfntasks.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: the BOM manages jackson-dataformat-yaml, the core's optional YAML dependency, at the Jackson version the
 * build uses (the BOM has no parent, so it repeats the version; this keeps the two equal).
 */
class BomTest {

    private static String jacksonVersion(String pom) {
        Matcher m = Pattern.compile("<jackson\\.version>([^<]+)</jackson\\.version>").matcher(pom);
        assertTrue(m.find(), "no jackson.version property");
        return m.group(1);
    }

    @Test
    void theBomManagesTheYamlModuleAtTheBuildsJacksonVersion() throws IOException {
        String bom = Files.readString(Path.of("../bom/pom.xml"));
        String parent = Files.readString(Path.of("../pom.xml"));
        assertEquals(jacksonVersion(parent), jacksonVersion(bom));
        assertTrue(Pattern.compile("<artifactId>jackson-dataformat-yaml</artifactId>\\s*<version>\\$\\{jackson\\.version}</version>")
                .matcher(bom).find(), "the BOM does not manage jackson-dataformat-yaml at ${jackson.version}");
    }
}
