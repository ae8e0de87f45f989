package io.github.sfntasks.benchmarks.tools;

/** The cold-start baseline: a JVM that prints one line and exits. */
public final class HelloWorld {

    private HelloWorld() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
