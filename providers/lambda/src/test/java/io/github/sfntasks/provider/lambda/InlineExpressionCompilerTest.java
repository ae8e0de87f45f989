package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The JavaScript-to-JSONata compiler. Each expected JSONata text is written by hand from the rules in
 * {@link EvaluateExpressionInline}; see {@code lambda/evaluate-expression/README.md}.
 */
class InlineExpressionCompilerTest {

    private static String compile(String js) {
        return InlineExpressionCompiler.compile(js, "$states.input");
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '~', textBlock = """
            $.a + $.b                               ==> $states.input.a + $states.input.b
            $.waitMilliseconds / 1000               ==> $states.input.waitMilliseconds / 1000
            $.a % 3 - 1                             ==> $states.input.a % 3 - 1
            $.a - ($.b - $.c)                       ==> $states.input.a - ($states.input.b - $states.input.c)
            ($.a + $.b) * $.c                       ==> ($states.input.a + $states.input.b) * $states.input.c
            $.a + $.b * $.c                         ==> $states.input.a + $states.input.b * $states.input.c
            -$.a * 2                                ==> -$states.input.a * 2
            $.a - -1                                ==> $states.input.a - -1
            -($.a + 1)                              ==> -($states.input.a + 1)
            .5 + 5. + 1e3 + 0.50 + 2.5E-3           ==> 0.5 + 5 + 1e3 + 0.50 + 2.5E-3
            'Hello, ' + "world"                     ==> ~"Hello, " & "world"~
            'a' + 'b' + 'c'                         ==> ~"a" & "b" & "c"~
            'say \\'hi\\'\\n'                       ==> ~"say 'hi'\\n"~
            'abc'.length                            ==> ~$length("abc")~
            $.items.length                          ==> ~($type($states.input.items) = "array" ? $count($states.input.items) : $length($states.input.items))~
            ($.name).length * 2                     ==> ~($type($states.input.name) = "array" ? $count($states.input.name) : $length($states.input.name)) * 2~
            $.a > 1 && $.b <= 2                     ==> $states.input.a > 1 and $states.input.b <= 2
            $.a >= 1 || $.b < 2 && $.c > 3          ==> $states.input.a >= 1 or $states.input.b < 2 and $states.input.c > 3
            ($.a >= 1 || $.b < 2) && $.c > 3        ==> ($states.input.a >= 1 or $states.input.b < 2) and $states.input.c > 3
            $.a === null                            ==> $states.input.a = null
            $.status !== 'DONE'                     ==> ~$states.input.status != "DONE"~
            $.a < $.b === $.c < $.d                 ==> ($states.input.a < $states.input.b) = ($states.input.c < $states.input.d)
            !($.a > 1)                              ==> $not($states.input.a > 1)
            $.flag === true ? 'on' : 'off'          ==> ~$states.input.flag = true ? "on" : "off"~
            true ? 1 : false ? 2 : 3                ==> true ? 1 : (false ? 2 : 3)
            (true ? 1 : 2) + 1                      ==> (true ? 1 : 2) + 1
            $.list[0].name                          ==> $states.input.list[0].name
            $[0]                                    ==> $states.input[0]
            $.a-1                                   ==> $states.input.`a-1`
            $.and.or                                ==> $states.input.`and`.`or`
            """)
    void compiles(String js, String jsonata) {
        assertEquals(jsonata, compile(js));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "`Now waiting ${$.waitSeconds} seconds...`",   // template literal
            "'Now waiting ' + $.waitSeconds",              // string + value of unknown type
            "$.a + 'x'",
            "1 + 'x'",                                     // string + number
            "'6' / 2",                                     // arithmetic on a string
            "true + 1",                                    // arithmetic on a boolean
            "$.a == 1",                                    // loose equality
            "$.a != 1",
            "$.a ? 1 : 2",                                 // truthiness of a non-boolean
            "!$.a",
            "$.a && $.b",
            "1 < 'a'",                                     // mixed comparison
            "Math.round($.a)",                             // identifiers and calls
            "$.name.toUpperCase()",
            "undefined",
            "($.a).foo",                                   // member access other than .length
            "(1).length",
            "$$.Execution.Id",                             // context object
            "$",                                           // the bare input
            "'price $.a'",                                 // a path inside a string
            "0x1F",                                        // non-decimal numbers
            "007",
            "1_000",
            "10n",
            "+$.a",                                        // unary plus
            "$.a ** 2",
            "$.a ?? 0",
            "$.a = 1",
            "[1, 2]",
            "{a: 1}",
            "$.a; $.b",
            "$.a // comment",
            "(1 + 2",
            "1 +",
            "'unterminated",
            "$.a[",
    })
    void refuses(String js) {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> compile(js));
        assertEquals(ErrorCode.INVALID_PROPERTY, e.code(), e.getMessage());
        assertEquals("expression", e.property(), e.getMessage());
        assertTrue(e.detail().contains("(at position "), e.detail());
    }

    @Test
    void anyTextEitherCompilesOrIsRefusedWithATaskValidationException() {
        // Seeded, so a failure reproduces; the alphabet is what the lexer and parser branch on.
        String alphabet = "$$$...[[]]]0123456789aAbelngth_-+*/%<>=!&|?:()'\"`\\ {},;xuE";
        Random random = new Random(20261126L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String js = sb.toString();
            try {
                String jsonata = compile(js);
                assertTrue(!jsonata.isBlank(), js);
            } catch (TaskValidationException e) {
                assertEquals("expression", e.property(), js);
            } catch (RuntimeException e) {
                fail("\"" + js + "\" threw " + e, e);
            }
        }
    }
}
