package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module registers its providers twice, agreeing, and both EvaluateExpression forms are among them. */
class EvaluateExpressionRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(LambdaInvokeProvider.class, LambdaInvokeProvider.class, EvaluateExpressionProvider.class,
                EvaluateExpressionInlineProvider.class);
    }

    @Test
    void serviceLoaderFindsBothFormsByTypeId() {
        Set<String> ids = ServiceLoader.load(TaskProvider.class).stream().map(ServiceLoader.Provider::get)
                .map(TaskProvider::typeId).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(ids.containsAll(List.of("lambda:evaluateExpression", "jsonata:evaluateExpression")), ids.toString());
    }
}
