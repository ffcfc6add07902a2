package org.roadmapmonitor.shared;

import java.util.List;

/** The request itself is malformed (an unreadable file, a period code that does not parse): HTTP 400. */
public class BadRequestException extends InvalidException {
    public BadRequestException(String message, List<Problem> problems) {
        super(message, problems);
    }

    public BadRequestException(String path, String message) {
        super(path, message);
    }
}
