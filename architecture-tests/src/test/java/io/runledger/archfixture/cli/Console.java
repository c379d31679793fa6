package io.runledger.archfixture.cli;

/** Fixture output layer: the one class allowed to write to the standard streams. */
public final class Console {
    public void line(String text) {
        System.out.println(text);
    }
}
