package org.roadmapmonitor.shared;

import java.util.List;

/**
 * A request larger than this service takes (too many bytes, too many values): 413, with a message key and its
 * arguments so that the answer says the limit in the reader's language.
 */
public class TooLargeException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public TooLargeException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
