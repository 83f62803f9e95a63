package org.pledgegraph.source;

/** Records whether anything ever constructed it: YAML input must never be able to. */
public final class Canary {
    static volatile boolean constructed;

    public Canary() {
        constructed = true;
    }

    public Canary(String ignored) {
        constructed = true;
    }
}
