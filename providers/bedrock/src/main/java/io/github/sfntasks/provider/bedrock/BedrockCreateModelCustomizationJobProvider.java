package io.github.sfntasks.provider.bedrock;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code bedrock:createModelCustomizationJob} provider: {@link BedrockCreateModelCustomizationJob} from a
 * workflow file.
 *
 * <pre>{@code
 * "Provider": "bedrock:createModelCustomizationJob",
 * "Properties": {
 *   "baseModel": "amazon.titan-text-express-v1",
 *   "customModelName": "MyCustomModel",
 *   "jobName": "MyCustomizationJob",
 *   "role": "arn:aws:iam::123456789012:role/BedrockCustomization",
 *   "trainingData": {"bucket": "training-bucket", "path": "data/train.jsonl"},
 *   "outputData": {"bucket": "output-bucket"},
 *   "validationData": [{"bucket": "validation-bucket", "path": "data/validate.jsonl"}]
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class BedrockCreateModelCustomizationJobProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public BedrockCreateModelCustomizationJobProvider() {
        super(BedrockCreateModelCustomizationJob.TYPE, BedrockCreateModelCustomizationJob.SHAPE,
                BedrockCreateModelCustomizationJob::builder);
    }
}
