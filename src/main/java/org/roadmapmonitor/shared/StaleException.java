package org.roadmapmonitor.shared;

/**
 * Someone changed the thing since the caller read it, so saving would overwrite their work. The API answers
 * 412 Precondition Failed (the caller's If-Match no longer holds); pages say what changed.
 */
public class StaleException extends ConflictException {
    public StaleException(String key, Object... args) {
        super(key, args);
    }
}
