package io.github.sfntasks.core;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the registry's WARNING log off for a test class whose discovery problems are provoked on purpose and asserted
 * through {@link TaskRegistry#problems()}: a passing build reads as passing.
 */
final class QuietDiscoveryLog implements BeforeAllCallback, AfterAllCallback {

    private static final Logger LOG = Logger.getLogger(TaskRegistry.class.getName());
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(QuietDiscoveryLog.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("level", LOG.getLevel() == null ? "" : LOG.getLevel().getName());
        LOG.setLevel(Level.OFF);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String level = context.getStore(NS).get("level", String.class);
        LOG.setLevel(level == null || level.isEmpty() ? null : Level.parse(level));
    }
}
