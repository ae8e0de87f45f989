package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.iam.Arn;

import java.util.regex.Pattern;

/**
 * The naming rules Step Functions applies to state machines, executions and activities, and the parsing of
 * their ARNs. Package-private: both tasks of this module share it.
 */
final class StatesNames {

    /**
     * The characters a name must not contain (StartExecution, CreateStateMachine, CreateActivity): white space,
     * brackets, wildcards, the specials {@code " # % \ ^ | ~ ` $ & , ; : /} and control characters.
     */
    static final String NAME_CHAR = "[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\u0000-\\u001f\\u007f-\\u009f]";

    /** The ECMA-262 pattern of a name, for JSON Schemas. */
    static final String NAME_PATTERN = NAME_CHAR + "{1,80}";

    /** The longest name Step Functions accepts. */
    static final int MAX_NAME_LENGTH = 80;

    /** A version number or an alias name that qualifies a state machine ARN. */
    static final String QUALIFIER_PATTERN = "[A-Za-z0-9_-]{1,80}";

    private static final Pattern NAME_CHARS = Pattern.compile(NAME_CHAR + "+");
    private static final Pattern QUALIFIER = Pattern.compile(QUALIFIER_PATTERN);

    private StatesNames() {
    }

    /**
     * @param name a candidate name
     * @return what is wrong with it, or {@code null} when it is a valid name
     */
    static String problem(String name) {
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX_NAME_LENGTH) {
            return "must have 1 to " + MAX_NAME_LENGTH + " characters, had " + length;
        }
        if (!NAME_CHARS.matcher(name).matches()) {
            return "must not contain white space, brackets < > { } [ ], wildcards ? *, any of \" # % \\ ^ | ~ ` $ & , ; : /"
                    + " or control characters, was \"" + name + "\"";
        }
        return null;
    }

    /**
     * A resource of Step Functions given by ARN or by name.
     *
     * @param prefix the ARN's partition, service, region and account part, ending in {@code :}, or {@code null}
     *               when the resource was given by name
     * @param name the resource's name
     * @param qualifier a state machine version or alias, or {@code null}
     * @param arn the whole text when it is one placeholder, which stands for the resource's ARN (the CDK passes
     *            {@code stateMachineArn}, {@code activityArn}); then the other parts are {@code null}
     */
    record Ref(String prefix, String name, String qualifier, String arn) {
    }

    /**
     * Parses {@code arn:<partition>:states:<region>:<account>:<type>:<name>[:<qualifier>]} or a bare
     * {@code name[:qualifier]}.
     *
     * @param text what the user gave
     * @param type {@code stateMachine} or {@code activity}
     * @param qualified whether a qualifier is allowed
     * @return the parts, or {@code null} when the text is neither a valid ARN of that type nor a valid name
     */
    static Ref parse(String text, String type, boolean qualified) {
        if (Placeholders.contains(text)) {
            return parsePlaceholders(text, type, qualified);
        }
        String prefix = null;
        String rest = text;
        Arn arn = Arn.parse(text);
        if (arn == null && text.startsWith("arn:")) {
            return null;
        }
        if (arn != null) {
            if (!arn.service().equals("states") || !arn.resource().startsWith(type + ":")) {
                return null;
            }
            prefix = "arn:" + arn.partition() + ":states:" + arn.region() + ":" + arn.account() + ":";
            rest = arn.resource().substring(type.length() + 1);
        }
        String qualifier = null;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            qualifier = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!qualified || !QUALIFIER.matcher(qualifier).matches()) {
                return null;
            }
        }
        return problem(rest) == null ? new Ref(prefix, rest, qualifier, null) : null;
    }

    /**
     * {@link #parse} of a text holding placeholders, by its literal parts: a whole placeholder is the ARN; an ARN's
     * literal partition, region and account must look like theirs; a name's literal parts must be name characters.
     */
    private static Ref parsePlaceholders(String text, String type, boolean qualified) {
        if (Placeholders.isWhole(text)) {
            return new Ref(null, null, null, text);
        }
        String prefix = null;
        String rest = text;
        if (text.startsWith("arn:")) {
            Arn arn = Arn.parse(text);
            if (arn == null || !arn.service().equals("states") || !arn.resource().startsWith(type + ":")
                    || !fits(arn.partition(), Arn.PARTITION_PATTERN) || !fits(arn.region(), Arn.REGION_PATTERN)
                    || !fits(arn.account(), Arn.ACCOUNT_PATTERN)) {
                return null;
            }
            prefix = "arn:" + arn.partition() + ":states:" + arn.region() + ":" + arn.account() + ":";
            rest = arn.resource().substring(type.length() + 1);
        }
        String name = rest;
        String qualifier = null;
        int colon = colonOutsidePlaceholders(rest);
        if (colon >= 0) {
            name = rest.substring(0, colon);
            qualifier = rest.substring(colon + 1);
            if (!qualified || qualifier.isEmpty() || Placeholders.firstDisallowed(qualifier,
                    c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) >= 0) {
                return null;
            }
        }
        boolean nameFits = !name.isEmpty() && Placeholders.literalLength(name) <= MAX_NAME_LENGTH
                && Placeholders.firstDisallowed(name, c -> NAME_CHARS.matcher(new String(Character.toChars(c))).matches()) < 0;
        return nameFits ? new Ref(prefix, name, qualifier, null) : null;
    }

    private static boolean fits(String part, String regex) {
        return Placeholders.contains(part) || part.matches(regex);
    }

    private static int colonOutsidePlaceholders(String text) {
        int at = 0;
        for (Placeholders.Part part : Placeholders.parts(text)) {
            int colon = part.placeholder() ? -1 : part.text().indexOf(':');
            if (colon >= 0) {
                return at + colon;
            }
            at += part.text().length();
        }
        return -1;
    }
}
