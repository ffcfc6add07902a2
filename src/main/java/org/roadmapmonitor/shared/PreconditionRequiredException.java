package org.roadmapmonitor.shared;

/**
 * A write the API guards with {@code If-Match} came without it: answered 428 Precondition Required, so that
 * two writers cannot race to overwrite each other (the second learns of the first by a 412, not by losing it).
 */
public class PreconditionRequiredException extends RuntimeException {
    /** The message key of the answer, the same for every such write. */
    public static final String KEY = "error.ifMatchRequired";

    public PreconditionRequiredException() {
        super(KEY);
    }
}
