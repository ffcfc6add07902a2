package org.roadmapmonitor.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Published by every module for every write, inside the write's transaction; the identity module's audit
 * log records it synchronously, so that a write and its audit row commit or roll back together. Modules
 * publish it rather than calling the audit log, which keeps reference-data modules free of identity.
 *
 * @param summary what happened, as a message key with arguments, so that each reader reads it in their language
 * @param before the state before the write (a record, map or string; null for a creation)
 * @param after the state after the write (null for a deletion)
 */
public record ChangeMade(
        String action, String entityType, String entityId, Summary summary, Object before, Object after) {
    public ChangeMade {
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * A summary in no particular language: a key of the {@code audit.summary.} family and its arguments as
     * text; an argument made by {@link #word} is itself a key, translated when the summary is read.
     */
    public record Summary(String key, List<String> args) {
        public Summary {
            if (key == null || !key.startsWith("audit.summary.")) {
                throw new IllegalArgumentException("An audit summary is a key under audit.summary.: " + key);
            }
            args = List.copyOf(args);
        }
    }

    private static final String WORD_START = "#{";

    /** The summary {@code key} with its arguments; a null argument is shown as empty. */
    public static Summary summary(String key, Object... args) {
        return new Summary(
                key,
                Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
    }

    /** An argument that is a message key itself (a state, an outcome), read in the reader's language. */
    public static String word(String key) {
        return WORD_START + key + "}";
    }

    /** The key inside an argument made by {@link #word}, or null for a plain argument. */
    public static String wordKey(String arg) {
        return arg.startsWith(WORD_START) && arg.endsWith("}") ? arg.substring(2, arg.length() - 1) : null;
    }
}
