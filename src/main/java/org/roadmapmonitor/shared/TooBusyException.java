package org.roadmapmonitor.shared;

/** The caller already runs as many imports as one user may at once: 429, try again when one has finished. */
public class TooBusyException extends RuntimeException {
    private final int limit;

    public TooBusyException(int limit) {
        super("error.tooManyImports");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
