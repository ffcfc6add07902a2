package org.roadmapmonitor.shared;

/**
 * One thing wrong with an input: where it is (a JSON path, a form field, or "Sheet!B12") and what is
 * wrong, in words a user understands.
 */
public record Problem(String path, String message) {
    public static Problem at(String path, String message) {
        return new Problem(path, message);
    }
}
