package org.roadmapmonitor.shared;

/** The request is valid but clashes with the current state, e.g. a duplicate code or a stale version. */
public class ConflictException extends Refusal {
    public ConflictException(String key, Object... args) {
        super(key, args);
    }
}
