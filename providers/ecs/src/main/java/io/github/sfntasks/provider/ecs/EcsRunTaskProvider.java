package io.github.sfntasks.provider.ecs;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code ecs:runTask} provider: {@link EcsRunTask} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "ecs:runTask",
 * "Properties": {"cluster": "Ec2Cluster", "taskDefinition": "TD", "launchType": "EC2", "taskRole": "TDTaskRole"}
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EcsRunTaskProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EcsRunTaskProvider() {
        super(EcsRunTask.TYPE, EcsRunTask.SHAPE, EcsRunTask::builder);
    }
}
