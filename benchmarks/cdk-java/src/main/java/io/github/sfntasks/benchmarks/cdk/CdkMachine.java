package io.github.sfntasks.benchmarks.cdk;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.stepfunctions.Chain;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;

import java.nio.file.Path;

/**
 * The same machine as the benchmarks module's {@code TaskMix} (its LambdaInvoke tasks: state {@code T<i>}
 * invokes function {@code fn-<i>}), built and synthesized with the AWS
 * CDK v2 from Java over jsii, as a CDK user does it: an {@code App}, a {@code Stack}, {@code n}
 * {@code LambdaInvoke} tasks chained with {@code next}, a {@code StateMachine}, {@code app.synth()}
 * (CloudFormation template with the definition and the role's policy, written to {@code outdir}).
 *
 * <p>The Node scripts under {@code benchmarks/node/} build the identical app.
 */
public final class CdkMachine {

    private CdkMachine() {
    }

    /**
     * Builds and synthesizes the app.
     *
     * @param n the number of tasks
     * @param outdir where the cloud assembly goes (a fresh directory per call)
     * @return the synthesized stack's template path
     */
    public static Path synth(int n, Path outdir) {
        App app = new App(AppProps.builder().outdir(outdir.toString()).build());
        Stack stack = new Stack(app, "Bench", StackProps.builder()
                .env(Environment.builder().account("123456789012").region("us-east-1").build())
                .build());
        Chain chain = Chain.start(task(stack, 0));
        for (int i = 1; i < n; i++) {
            chain = chain.next(task(stack, i));
        }
        StateMachine.Builder.create(stack, "Machine")
                .definitionBody(DefinitionBody.fromChainable(chain))
                .build();
        CloudAssembly assembly = app.synth();
        return Path.of(assembly.getStackByName("Bench").getTemplateFullPath());
    }

    private static LambdaInvoke task(Stack stack, int i) {
        return LambdaInvoke.Builder.create(stack, "T" + i)
                .lambdaFunction(Function.fromFunctionArn(stack, "Fn" + i, "arn:aws:lambda:us-east-1:123456789012:function:fn-" + i))
                .build();
    }
}
