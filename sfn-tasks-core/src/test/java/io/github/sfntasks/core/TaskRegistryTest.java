package io.github.sfntasks.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.provider.lambda.LambdaInvokeProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(QuietDiscoveryLog.class)
class TaskRegistryTest {

    static class Fake implements TaskProvider {
        private final String id;

        Fake(String id) {
            this.id = id;
        }

        @Override
        public String typeId() {
            return id;
        }

        @Override
        public Set<IntegrationPattern> integrationPatterns() {
            return EnumSet.of(IntegrationPattern.REQUEST_RESPONSE);
        }

        @Override
        public ObjectNode propertiesSchema() {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }

        @Override
        public Task create(TaskRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    static class Other extends Fake {
        Other(String id) {
            super(id);
        }
    }

    @Test
    void findsLambdaOnTheClassPath() {
        TaskRegistry r = TaskRegistry.load();
        assertTrue(r.find("lambda:invoke").isPresent());
        ProviderInfo info = r.listing().stream().filter(i -> i.typeId().equals("lambda:invoke")).findFirst().orElseThrow();
        assertEquals(LambdaInvokeProvider.class.getName(), info.className());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void duplicateIdIsReportedNamingBothAndOtherIdsStillWork() {
        TaskRegistry r = TaskRegistry.of(new Fake("x:y"), new Other("x:y"), new Fake("a:b"));
        assertEquals(1, r.problems().size());
        assertEquals(ErrorCode.DUPLICATE_PROVIDER, r.problems().get(0).code());
        assertTrue(r.problems().get(0).message().contains(Fake.class.getName()));
        assertTrue(r.problems().get(0).message().contains(Other.class.getName()));
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> r.find("x:y"));
        assertEquals(ErrorCode.DUPLICATE_PROVIDER, e.code());
        assertTrue(r.find("a:b").isPresent());
    }

    @Test
    void longestPrefixReachesAFamilyProvider() {
        Fake sdk = new Fake("aws-sdk");
        TaskRegistry r = TaskRegistry.of(sdk);
        assertSame(sdk, r.find("aws-sdk:s3:getObject").orElseThrow());
        assertTrue(r.find("aws-sdkx:s3").isEmpty());
    }

    @Test
    void unknownIdListsTheKnownOnes() {
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> TaskRegistry.of(new Fake("a:b")).require("c:d"));
        assertEquals(ErrorCode.UNKNOWN_PROVIDER, e.code());
        assertTrue(e.getMessage().contains("[a:b]"), e.getMessage());
    }

    @Test
    void brokenServiceEntryIsReportedAndTheRestLoad() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sfn-registry");
        java.nio.file.Path services = dir.resolve("META-INF/services");
        java.nio.file.Files.createDirectories(services);
        java.nio.file.Files.writeString(services.resolve(TaskProvider.class.getName()),
                "com.example.DoesNotExist\n" + LambdaInvokeProvider.class.getName() + "\n");
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            TaskRegistry r = TaskRegistry.load(cl);
            assertTrue(r.find("lambda:invoke").isPresent());
            assertTrue(r.problems().stream().anyMatch(p -> p.code() == ErrorCode.PROVIDER_LOAD_FAILED
                    && p.message().contains("com.example.DoesNotExist")), r.problems().toString());
        }
    }
}
