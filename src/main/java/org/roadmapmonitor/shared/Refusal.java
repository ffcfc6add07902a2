package org.roadmapmonitor.shared;

/**
 * A refusal a user reads: made from a message key and its arguments and worded in the reader's language,
 * so that no sentence is written into the code. {@link #key()} names the refusal for tests and logs.
 */
public abstract class Refusal extends RuntimeException {
    private final String key;

    protected Refusal(String key, Object... args) {
        super(Texts.of(key, args));
        this.key = key;
    }

    public String key() {
        return key;
    }
}
