package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

class EmrProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(EmrCreateClusterProvider.class, EmrCreateClusterProvider.class,
                EmrSetClusterTerminationProtectionProvider.class, EmrTerminateClusterProvider.class, EmrAddStepProvider.class,
                EmrCancelStepProvider.class, EmrModifyInstanceFleetByNameProvider.class, EmrModifyInstanceGroupByNameProvider.class);
    }

    @Test
    void typeIdsAreTheAslResourcesAndSchemasAreFreshCopies() {
        List<TaskProvider> all = List.of(new EmrCreateClusterProvider(), new EmrSetClusterTerminationProtectionProvider(),
                new EmrTerminateClusterProvider(), new EmrAddStepProvider(), new EmrCancelStepProvider(),
                new EmrModifyInstanceFleetByNameProvider(), new EmrModifyInstanceGroupByNameProvider());
        assertEquals(List.of("elasticmapreduce:createCluster", "elasticmapreduce:setClusterTerminationProtection",
                        "elasticmapreduce:terminateCluster", "elasticmapreduce:addStep", "elasticmapreduce:cancelStep",
                        "elasticmapreduce:modifyInstanceFleetByName", "elasticmapreduce:modifyInstanceGroupByName"),
                all.stream().map(TaskProvider::typeId).toList());
        for (TaskProvider p : all) {
            assertNotSame(p.propertiesSchema(), p.propertiesSchema());
        }
        assertEquals("elasticmapreduce:cluster/", new EmrAddStepProvider().propertiesSchema()
                .at("/properties/clusterId/anyOf/0/x-sfn-resource").textValue());
    }
}
