package org.roadmapmonitor.shared;

/** The caller is known but may not do this (e.g. an editor acting for another jurisdiction). */
public class ForbiddenException extends Refusal {
    public ForbiddenException(String key, Object... args) {
        super(key, args);
    }
}
