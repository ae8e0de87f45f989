package io.github.sfntasks.testing;

import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectedJsonTest {

    private final ExpectedJson expected = ExpectedJson.load(ExpectedJsonTest.class, "echo.json");

    @Test
    void acceptsTheExpectedRenderingComparedAsWrittenJson() {
        Task task = new Fake().create(TaskRequest.of("S", expected.properties()));
        String rendered = expected.assertRenders(task);
        assertEquals("{\"Type\":\"Pass\",\"Result\":{\"text\":\"hi\",\"count\":12}}\n[]", rendered);
        assertEquals(ExpectedJson.CONTEXT, expected.context());
    }

    @Test
    void rejectsAnotherStateNamingTheCase() {
        Task task = new Fake().create(TaskRequest.of("S", ExpectedJson.object("{\"text\": \"other\"}")));
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> expected.assertRenders(task));
        assertTrue(e.getMessage().startsWith("echo.json: state"), e.getMessage());
    }

    @Test
    void propertiesAreAFreshCopyEachTime() {
        expected.properties().put("text", "changed");
        assertEquals("hi", expected.properties().get("text").textValue());
    }

    @Test
    void failsOnAMissingResource() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ExpectedJson.read(Fake.class, "/nope.json"));
        assertTrue(e.getMessage().contains("missing test resource /nope.json"), e.getMessage());
    }
}
