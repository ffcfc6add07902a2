package org.roadmapmonitor.shared;

/**
 * One thing wrong with an input: where it is (a JSON path, a form field, or "Sheet!B12") and what is
 * wrong, in words a user understands.
 */
public record Problem(String path, String message) {
    /** The problem at {@code path}, worded by the message {@code key} in the reader's language. */
    public static Problem at(String path, String key, Object... args) {
        return new Problem(path, Texts.of(key, args));
    }
}
