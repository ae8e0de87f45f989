package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeBuilder;

import java.util.List;

/**
 * The VPC a training job's or a model's containers run in ({@code VpcConfig}): its security groups and subnets, by
 * id. Where the AWS CDK takes an {@code IVpc} and a subnet selection (and creates a security group), this takes the
 * ids SageMaker's API takes.
 *
 * <pre>{@code
 * SageMakerCreateModel.builder("Sagemaker")
 *     .modelName("MyModel")
 *     .role("arn:aws:iam::123456789012:role/SageMakerModel")
 *     .primaryContainer(c -> c.image("123456789012.dkr.ecr.us-east-1.amazonaws.com/my-model:latest"))
 *     .vpcConfig(v -> v.securityGroupIds("sg-0123456789abcdef0").subnets("subnet-0aaa", "subnet-0bbb"))
 *     .build();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class SageMakerVpcConfig extends ShapeBuilder<SageMakerVpcConfig> {

    /** An empty VPC configuration (both lists are required). */
    public SageMakerVpcConfig() {
        super(SageMakerFields.VPC_CONFIG);
    }

    /** @param ids 1 to 5 security group ids @return this */
    public SageMakerVpcConfig securityGroupIds(String... ids) {
        return set(SageMakerFields.SECURITY_GROUP_IDS, List.of(ids));
    }

    /** @param ids 1 to 16 subnet ids @return this */
    public SageMakerVpcConfig subnets(String... ids) {
        return set(SageMakerFields.SUBNETS, List.of(ids));
    }
}
