package io.github.sfntasks.conformance;

import io.github.sfntasks.conformance.internal.Discovery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import test.sfntasks.providers.TestPublishProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The part of {@code registeredTwiceAlike} that checks a jar's optional type-id index, on a class directory written
 * here: it fails for each way an index can disagree with the provider and its services file, and passes for a correct
 * one or none.
 */
class TypeIdIndexCheckTest {

    private static final String CLS = TestPublishProvider.class.getName();

    private static List<String> problems(Path dir, String index) throws Exception {
        if (index != null) {
            Path file = dir.resolve(Discovery.TYPE_ID_INDEX);
            Files.createDirectories(file.getParent());
            Files.writeString(file, index);
        }
        return ConformanceChecks.typeIdIndexProblems(dir, new TestPublishProvider(), Set.of(CLS));
    }

    @Test
    void aCorrectIndexOrNoneHasNoProblem(@TempDir Path a, @TempDir Path b) throws Exception {
        assertEquals(List.of(), problems(a, null), "the index is optional");
        assertEquals(List.of(), problems(b, "# comment\nsns:publish   " + CLS + "  # the provider\n"));
    }

    @Test
    void aWrongTypeIdIsNamedWithTheLineToWrite(@TempDir Path dir) throws Exception {
        List<String> p = problems(dir, "sqs:sendMessage " + CLS + "\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("gives " + CLS + " the type id sqs:sendMessage but its typeId() is sns:publish; write \"sns:publish "
                + CLS + "\""), p.get(0));
    }

    @Test
    void anUnlistedProviderAnUnknownClassAndABadLineAreEachReported(@TempDir Path dir) throws Exception {
        List<String> p = problems(dir, "x:y com.example.NotAProvider\njust-one-field\n");
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).contains("does not list " + CLS + "; add the line \"sns:publish " + CLS + "\""), p.get(0));
        assertTrue(p.get(1).contains("lists com.example.NotAProvider, which META-INF/services/"), p.get(1));
        assertTrue(p.get(2).contains("has a line that is not \"<type id> <class>\": just-one-field"), p.get(2));
    }
}
