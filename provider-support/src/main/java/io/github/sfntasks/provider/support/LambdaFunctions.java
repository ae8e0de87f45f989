package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.ResourceArn;

import java.util.ArrayList;
import java.util.List;

/**
 * How the tasks that invoke a Lambda function (the Lambda provider's {@code lambda:invoke} and
 * {@code lambda:evaluateExpression}, the AWS SDK provider's {@code aws-sdk:crossRegion}) read the function they are
 * given: a name, {@code name:alias}, a function ARN (qualified or not), a partial ARN
 * ({@code 123456789012:function:name}), or any of these holding placeholders.
 *
 * <p>A text that is one placeholder as a whole ({@code ${ValidateFunction.Arn}}, {@code ${Token[TOKEN.31]}}) is the
 * function's ARN, as the AWS CDK passes {@code IFunction.functionArn} for a function of the same stack: it is
 * rendered and granted as it is, unqualified ({@code X} and {@code X:*}, as the CDK's LambdaInvoke grants). A text
 * mixing literal parts with placeholders is read by its literal parts: {@code orders-${Stage}} is a name (the ARN is
 * built around it), {@code arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}} an ARN.
 * Colons inside a placeholder ({@code ${AWS::Region}}) split nothing.
 *
 * <pre>{@code
 * LambdaFunctions.arn("${Fn.Arn}", ctx);            // ${Fn.Arn}
 * LambdaFunctions.arn("fn-${Stage}:live", ctx);     // arn:aws:lambda:us-east-1:123456789012:function:fn-${Stage}:live
 * LambdaFunctions.qualifier("fn-${Stage}:live");    // live
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class LambdaFunctions {

    /** A Lambda function in IAM: {@code arn:<partition>:lambda:<region>:<account>:function:<name>}; a whole placeholder is the ARN. */
    public static final ResourceArn FUNCTION = ResourceArn.of("lambda", "function:").wholePlaceholderIsArn();

    private static final int MAX_NAME = 140;

    private LambdaFunctions() {
    }

    /**
     * Checks a function that holds placeholders by its literal parts and its shape (a text without placeholders is
     * the caller's to match against its own pattern), and refuses an IAM wildcard in any position of any text.
     *
     * @param function what the user gave
     * @param property the property, for the error
     * @param partialArns whether {@code 123456789012:function:name} is taken
     * @throws TaskValidationException ({@link ErrorCode#INVALID_PROPERTY}, no state name) naming the property
     */
    public static void check(String function, String property, boolean partialArns) {
        FUNCTION.check(function, property);
        if (!Placeholders.contains(function) || Placeholders.isWhole(function)) {
            return;
        }
        List<String> segments;
        if (function.startsWith("arn:")) {
            segments = segments(Arn.parse(function).resource());
            if (!segments.get(0).equals("function") || segments.size() < 2) {
                throw invalid(property, "must be a function ARN (arn:<partition>:lambda:<region>:<account>:function:<name>)",
                        function);
            }
            segments = segments.subList(1, segments.size());
        } else if (partialArns && isPartial(segments(function))) {
            segments = segments(function).subList(2, segments(function).size());
        } else {
            segments = segments(function);
        }
        if (segments.size() > 2 || segments.get(0).isEmpty()) {
            throw invalid(property, "must be a function name, name:alias or function ARN", function);
        }
        String name = segments.get(0);
        if (Placeholders.firstDisallowed(name, c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) >= 0
                || Placeholders.literalLength(name) > MAX_NAME) {
            throw invalid(property, "must have a function name of letters, digits, '_' and '-' (up to " + MAX_NAME
                    + ") around its placeholders", function);
        }
        if (segments.size() == 2 && (segments.get(1).isEmpty() || Placeholders.firstDisallowed(segments.get(1),
                c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$')) >= 0)) {
            throw invalid(property, "must have a version or alias of letters, digits, '$', '_' and '-' after the name",
                    function);
        }
    }

    /**
     * The function's ARN, qualified when what was given is.
     *
     * @param function a function as {@link #check} takes it
     * @param context partition, region and account of a name or partial ARN
     * @return the ARN
     */
    public static String arn(String function, RenderContext context) {
        if (FUNCTION.isArn(function)) {
            return function;
        }
        List<String> segments = segments(function);
        if (isPartial(segments)) {
            return context.arn("lambda", context.region(), segments.get(0),
                    function.substring(segments.get(0).length() + 1));
        }
        return context.arn("lambda", "function:" + function);
    }

    /**
     * @param function a function as {@link #check} takes it
     * @return its version or alias ({@code fn:live}, {@code ...:function:fn:live}), or {@code null}; a whole
     *         placeholder (an ARN the CDK would pass) is taken as unqualified
     */
    public static String qualifier(String function) {
        if (Placeholders.isWhole(function)) {
            return null;
        }
        List<String> segments;
        if (Arn.isArn(function)) {
            segments = segments(Arn.parse(function).resource());
            segments = segments.subList(Math.min(1, segments.size()), segments.size());
        } else {
            segments = segments(function);
            if (isPartial(segments)) {
                segments = segments.subList(2, segments.size());
            }
        }
        return segments.size() > 1 ? String.join(":", segments.subList(1, segments.size())) : null;
    }

    /**
     * What {@code lambda:InvokeFunction} is granted on: the qualified ARN when the version or alias is known, else
     * the ARN and {@code <arn>:*} (its versions and aliases), as the CDK grants.
     *
     * @param function a function as {@link #check} takes it
     * @param qualifier a qualifier given apart ({@code qualifier} of LambdaInvoke), or {@code null}
     * @param context partition, region and account
     * @return the resources
     */
    public static List<String> invokeResources(String function, String qualifier, RenderContext context) {
        String arn = arn(function, context);
        if (qualifier != null) {
            return List.of(arn + ":" + qualifier);
        }
        return qualifier(function) != null ? List.of(arn) : List.of(arn, arn + ":*");
    }

    /** {@code 123456789012:function:name...}, the account also as a placeholder. */
    private static boolean isPartial(List<String> segments) {
        if (segments.size() < 3 || !segments.get(1).equals("function")) {
            return false;
        }
        String account = segments.get(0);
        return account.matches("\\d{12}") || Placeholders.isWhole(account);
    }

    /** Splits at the colons outside placeholders. */
    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Placeholders.Part part : Placeholders.parts(text)) {
            if (part.placeholder()) {
                current.append(part.text());
                continue;
            }
            String literal = part.text();
            int from = 0;
            for (int colon = literal.indexOf(':'); colon >= 0; colon = literal.indexOf(':', from)) {
                current.append(literal, from, colon);
                out.add(current.toString());
                current.setLength(0);
                from = colon + 1;
            }
            current.append(literal.substring(from));
        }
        out.add(current.toString());
        return out;
    }

    private static TaskValidationException invalid(String property, String rule, String was) {
        return new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, property, rule + ", was \"" + was + "\"");
    }
}
