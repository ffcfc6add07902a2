package org.roadmapmonitor.shared;

/** The caller is known but may not do this (e.g. an editor acting for another jurisdiction). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
