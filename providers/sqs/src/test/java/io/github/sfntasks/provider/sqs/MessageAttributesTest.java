package io.github.sfntasks.provider.sqs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Numbers render as the CDK renders them: JavaScript's {@code Number.prototype.toString}. Expected
 * values are those ECMAScript's Number::toString algorithm gives (ECMA-262, 6.1.6.1.20).
 */
class MessageAttributesTest {

    @ParameterizedTest
    @CsvSource({
        "4, 4",
        "-4, -4",
        "4.0, 4",
        "4.5, 4.5",
        "0.1, 0.1",
        "0, 0",
        "0.000001, 0.000001",
        "0.0000001, 1e-7",
        "1.5E-7, 1.5e-7",
        "123456789012345678901, 123456789012345678901",
        "1E21, 1e+21",
        "1.25E22, 1.25e+22",
        "100, 100"
    })
    void writesNumbersAsJavaScriptDoes(String number, String expected) {
        assertEquals(expected, MessageAttributes.jsNumber(new BigDecimal(number)));
    }
}
