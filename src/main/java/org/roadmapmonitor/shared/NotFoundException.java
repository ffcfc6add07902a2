package org.roadmapmonitor.shared;

/** The named resource does not exist (or the caller may not know that it does). */
public class NotFoundException extends Refusal {
    public NotFoundException(String key, Object... args) {
        super(key, args);
    }
}
