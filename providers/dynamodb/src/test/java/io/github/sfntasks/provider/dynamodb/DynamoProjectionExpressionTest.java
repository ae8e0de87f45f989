package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The projection builder renders as the CDK's shared-types.js DynamoProjectionExpression does. */
class DynamoProjectionExpressionTest {

    @Test
    void joinsAttributesWithDotsAndIndexesWithBrackets() {
        // CDK: withAttribute pushes attr first, then ".attr"; atIndex pushes "[i]"; toString joins with "".
        DynamoProjectionExpression e = new DynamoProjectionExpression()
                .withAttribute("Messages").atIndex(1).withAttribute("#t").atIndex(0);
        assertEquals("Messages[1].#t[0]", e.toString());
    }

    @Test
    void isImmutableSoAPrefixCanBeShared() {
        DynamoProjectionExpression base = new DynamoProjectionExpression().withAttribute("a");
        assertEquals("a.b", base.withAttribute("b").toString());
        assertEquals("a.c", base.withAttribute("c").toString());
        assertEquals("a", base.toString());
        assertEquals(base, new DynamoProjectionExpression().withAttribute("a"));
    }

    @Test
    void rejectsIndexBeforeAnyAttribute() {
        assertThrows(TaskValidationException.class, () -> new DynamoProjectionExpression().atIndex(0));
    }

    @Test
    void rejectsNegativeIndexAndNamesThatNeedAPlaceholder() {
        TaskValidationException ex = assertThrows(TaskValidationException.class,
                () -> new DynamoProjectionExpression().withAttribute("a").atIndex(-1));
        assertEquals(ErrorCode.OUT_OF_RANGE, ex.code());
        assertThrows(TaskValidationException.class, () -> new DynamoProjectionExpression().withAttribute("a.b"));
        assertThrows(TaskValidationException.class, () -> new DynamoProjectionExpression().withAttribute("1st"));
        assertThrows(TaskValidationException.class, () -> new DynamoProjectionExpression().withAttribute(""));
        assertThrows(TaskValidationException.class, () -> new DynamoProjectionExpression().withAttribute(null));
    }
}
