package org.roadmapmonitor.shared;

import java.util.List;

/** The input was refused as a whole; every problem found is listed, and nothing was changed. */
public class InvalidException extends Refusal {
    private final List<Problem> problems;

    /** Refused for the listed problems, summed up by the message {@code key}. */
    public InvalidException(String key, List<Problem> problems) {
        this(problems, key);
    }

    public InvalidException(List<Problem> problems, String key, Object... args) {
        super(key, args);
        this.problems = List.copyOf(problems);
    }

    /** Refused for one problem at {@code path}, worded by the message {@code key}. */
    public InvalidException(String path, String key, Object... args) {
        this(List.of(Problem.at(path, key, args)), key, args);
    }

    public List<Problem> problems() {
        return problems;
    }
}
