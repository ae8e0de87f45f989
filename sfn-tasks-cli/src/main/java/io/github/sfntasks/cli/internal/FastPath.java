package io.github.sfntasks.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.reflect.Field;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Parses the plain command lines that builds run over and over ({@code render FILE --out DIR --region R}) without
 * picocli's engine, which costs a fifth of a cold run: picocli's classes are Java 5 class files that the JVM
 * verifies the slow way and cannot keep in the class data sharing archive.
 *
 * <p>It only accepts what picocli would accept with the same meaning, reading the same {@code @Option} and
 * {@code @Parameters} annotations: options of type {@code String} or {@code Path}, each given at most once as
 * {@code --name VALUE} or {@code --name=VALUE}, and exactly the command's positional parameters. Anything else
 * (help, a version flag, an unknown or repeated option, a missing value, {@code --}, an {@code @file} argument, a
 * value that looks like an option or is not a valid path) returns {@code false}, and picocli parses the line and
 * reports what is wrong as usual. {@code FastPathTest} checks both parsers agree on a corpus of command lines.
 */
final class FastPath {

    private FastPath() {
    }

    /**
     * @param command a command object whose name is {@code args[0]}
     * @param args the whole command line
     * @return whether the line was parsed into {@code command}'s fields; when {@code false}, no field was set
     */
    static boolean parse(Object command, String[] args) {
        Class<?> type = command.getClass();
        Command spec = type.getAnnotation(Command.class);
        if (spec == null || args.length == 0 || !args[0].equals(spec.name())) {
            return false;
        }
        Field[] fields = type.getDeclaredFields();
        Object[] values = new Object[fields.length];
        Set<Field> seen = new HashSet<>();
        int positional = 0;
        int positionals = 0;
        for (Field f : fields) {
            if (f.getAnnotation(Parameters.class) != null) {
                positionals++;
            }
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) {
                return false;
            }
            if (arg.startsWith("-")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                int index = optionIndex(fields, name);
                if (index < 0 || !seen.add(fields[index])) {
                    return false;
                }
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                        return false;
                    }
                    value = args[++i];
                }
                Object converted = convert(fields[index], value);
                if (converted == null) {
                    return false;
                }
                values[index] = converted;
            } else {
                int index = positionalIndex(fields, positional++);
                if (index < 0) {
                    return false;
                }
                Object converted = convert(fields[index], arg);
                if (converted == null) {
                    return false;
                }
                values[index] = converted;
            }
        }
        if (positional != positionals) {
            return false;
        }
        try {
            for (int i = 0; i < fields.length; i++) {
                if (values[i] != null) {
                    fields[i].set(command, values[i]);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the command's fields are package-private: " + e.getMessage(), e);
        }
        return true;
    }

    private static int optionIndex(Field[] fields, String name) {
        for (int i = 0; i < fields.length; i++) {
            Option o = fields[i].getAnnotation(Option.class);
            if (o != null && o.arity().isEmpty() && !o.help() && !o.usageHelp() && !o.versionHelp()) {
                for (String n : o.names()) {
                    if (n.equals(name)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static int positionalIndex(Field[] fields, int position) {
        for (int i = 0; i < fields.length; i++) {
            Parameters p = fields[i].getAnnotation(Parameters.class);
            if (p != null && p.arity().isEmpty() && p.index().equals(String.valueOf(position))) {
                return i;
            }
        }
        return -1;
    }

    /** @return the value as the field's type, or {@code null} when only picocli should judge it */
    private static Object convert(Field field, String value) {
        if (field.getType() == String.class) {
            return value;
        }
        if (field.getType() == Path.class) {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }
}
