package org.roadmapmonitor.shared;

import java.util.List;

/** The request itself is malformed (an unreadable file, a period code that does not parse): HTTP 400. */
public class BadRequestException extends InvalidException {
    public BadRequestException(String key, List<Problem> problems) {
        super(key, problems);
    }

    public BadRequestException(List<Problem> problems, String key, Object... args) {
        super(problems, key, args);
    }

    public BadRequestException(String path, String key, Object... args) {
        super(path, key, args);
    }
}
