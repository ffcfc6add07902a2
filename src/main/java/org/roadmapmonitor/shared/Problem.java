package org.roadmapmonitor.shared;

import java.io.Serializable;

/**
 * One thing wrong with an input: where it is (a JSON path, a form field, or "Sheet!B12") and what is
 * wrong, in words a user understands. Serializable: refused forms carry problems in flash attributes, which
 * live in the shared session store.
 */
public record Problem(String path, String message) implements Serializable {
    /** The problem at {@code path}, worded by the message {@code key} in the reader's language. */
    public static Problem at(String path, String key, Object... args) {
        return new Problem(path, Texts.of(key, args));
    }
}
