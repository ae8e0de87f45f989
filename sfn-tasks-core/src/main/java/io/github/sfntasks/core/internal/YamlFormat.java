package io.github.sfntasks.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * YAML, through jackson-dataformat-yaml, an optional dependency of the core: this class is the only one that names
 * its types, and is loaded only when {@link #available()} says the library is on the class or module path (in module
 * mode: resolved, as it is when any module requires it or {@code --add-modules} names it).
 */
public final class YamlFormat {

    /**
     * The most code points a YAML document may have: SnakeYAML's guard against huge documents, set to the workflow
     * reader's file limit (SnakeYAML's own default is 3 MiB).
     */
    public static final int CODE_POINT_LIMIT = 4 * 1024 * 1024;

    private static final String FACTORY = "com.fasterxml.jackson.dataformat.yaml.YAMLFactory";

    private YamlFormat() {
    }

    /** @return whether jackson-dataformat-yaml can be used */
    public static boolean available() {
        try {
            Class.forName(FACTORY, false, YamlFormat.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @return a YAML factory that refuses duplicate keys and documents over {@link #CODE_POINT_LIMIT} code points */
    public static JsonFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(CODE_POINT_LIMIT);
        return YAMLFactory.builder().loaderOptions(options)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /**
     * @param p a parser of a YAML factory, at a string token
     * @return whether the token is an alias ({@code *name}), which Jackson reports as a string holding the anchor's name
     */
    static boolean isAlias(JsonParser p) {
        return p instanceof YAMLParser y && y.isCurrentAlias();
    }
}
