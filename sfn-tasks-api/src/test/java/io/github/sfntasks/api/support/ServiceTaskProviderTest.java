package io.github.sfntasks.api.support;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskRequest;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** A schema given as a supplier is built once, on first use; each caller gets its own copy. */
class ServiceTaskProviderTest {

    private static final AtomicInteger BUILT = new AtomicInteger();

    static final class Lazy extends ServiceTaskProvider {
        Lazy() {
            super("test:lazy", EnumSet.of(IntegrationPattern.REQUEST_RESPONSE), "a test provider", () -> {
                BUILT.incrementAndGet();
                return JsonSchema.object().required("a", JsonSchema.string());
            });
        }

        @Override
        protected TaskBuilder<?, ?> read(TaskRequest request, PropertyReader properties) {
            throw new UnsupportedOperationException("not used");
        }
    }

    @Test
    void theSupplierIsCalledOnceOnFirstUse() throws Exception {
        BUILT.set(0);
        Lazy p = new Lazy();
        assertEquals(0, BUILT.get(), "not built by the constructor");
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(p::propertiesSchema);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, BUILT.get());
        assertEquals("test:lazy", p.propertiesSchema().get("title").asText());
        assertEquals("string", p.propertiesSchema().at("/properties/a/type").asText());
        assertNotSame(p.propertiesSchema(), p.propertiesSchema());
    }
}
