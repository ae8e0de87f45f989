package com.example.orders;

import software.amazon.awscdk.App;

/** The CDK app: {@code cdk synth} / {@code cdk deploy} in this folder run it (see cdk.json). */
public final class OrderApp {

    private OrderApp() {
    }

    /** @param args none */
    public static void main(String[] args) {
        App app = new App();
        new OrderStack(app, "OrderStack", null);
        app.synth();
    }
}
