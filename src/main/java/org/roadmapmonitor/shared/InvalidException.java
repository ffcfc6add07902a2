package org.roadmapmonitor.shared;

import java.util.List;

/** The input was refused as a whole; every problem found is listed, and nothing was changed. */
public class InvalidException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public InvalidException(String path, String message) {
        this(message, List.of(Problem.at(path, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
