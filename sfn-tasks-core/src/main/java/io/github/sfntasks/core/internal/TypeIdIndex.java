package io.github.sfntasks.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * The type ids that provider jars declare in {@value #RESOURCE}, read without loading or instantiating a provider, so
 * that a registry instantiates only the providers a workflow uses.
 *
 * <p>The resource lists one provider per line, its type id and its class, separated by white space; {@code #} starts a
 * comment. Lambda's jar, for example, holds the line
 * {@code lambda:invoke io.github.sfntasks.provider.lambda.LambdaInvokeProvider}.
 *
 * <p>A named module's index is read from that module ({@link Module#getResourceAsStream}: a resource outside a package
 * is not encapsulated); on the class path, every index its class loader finds is read, keyed by class name. A line
 * that is not two fields is ignored: its provider is then instantiated at discovery, as one without an index. Not
 * thread-safe: its registry guards it.
 */
public final class TypeIdIndex {

    /** Where a provider jar declares the type ids of its providers. */
    public static final String RESOURCE = "META-INF/sfn-tasks/type-ids";

    private final Map<Module, Map<String, String>> byModule = new HashMap<>();
    private final Map<ClassLoader, Map<String, String>> byLoader = new HashMap<>();

    /**
     * @param type a provider class (loaded, not necessarily initialised)
     * @return the type id its jar's index gives it, or {@code null} when there is no index or it is not listed
     */
    public String typeIdOf(Class<?> type) {
        Module module = type.getModule();
        Map<String, String> index;
        if (module.isNamed()) {
            index = byModule.computeIfAbsent(module, TypeIdIndex::read);
        } else {
            ClassLoader loader = type.getClassLoader();
            index = loader == null ? Map.of() : byLoader.computeIfAbsent(loader, TypeIdIndex::read);
        }
        return index.get(type.getName());
    }

    private static Map<String, String> read(Module module) {
        Map<String, String> index = new HashMap<>();
        try (InputStream in = module.getResourceAsStream(RESOURCE)) {
            parse(in, index);
        } catch (IOException | RuntimeException e) {
            return Map.of(); // no usable index: the module's providers are instantiated at discovery, as before
        }
        return index;
    }

    private static Map<String, String> read(ClassLoader loader) {
        Map<String, String> index = new HashMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    Map<String, String> one = new HashMap<>();
                    parse(in, one);
                    one.forEach(index::putIfAbsent); // the first jar wins, as the class loader's class does
                }
            }
        } catch (IOException | RuntimeException e) {
            return index;
        }
        return index;
    }

    /**
     * Reads one index into {@code classToTypeId}.
     *
     * @param in the resource, or {@code null} (nothing to read)
     * @param classToTypeId where each listed class name goes, with its type id
     * @throws IOException when the resource cannot be read
     */
    public static void parse(InputStream in, Map<String, String> classToTypeId) throws IOException {
        if (in == null) {
            return;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            int hash = line.indexOf('#');
            String[] fields = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            if (fields.length == 2) {
                classToTypeId.putIfAbsent(fields[1], fields[0]);
            }
        }
    }
}
