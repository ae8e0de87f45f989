package io.github.sfntasks.provider.bedrock;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code bedrock:invokeModel} provider: {@link BedrockInvokeModel} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "bedrock:invokeModel",
 * "Properties": {
 *   "model": "amazon.titan-text-express-v1",
 *   "body": {"inputText": "Generate a list of five first names."},
 *   "guardrail": {"guardrailIdentifier": "guardrailid", "guardrailVersion": "1"}
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class BedrockInvokeModelProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public BedrockInvokeModelProvider() {
        super(BedrockInvokeModel.TYPE, BedrockInvokeModel.SHAPE, BedrockInvokeModel::builder);
    }
}
