package org.roadmapmonitor.analytics.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encoded answers of the analytics API, by the name {@code Analytics.answer} gives them (the query, its format and
 * the framework's revisions read in the request; for a reader of working values also the working view's revision and
 * the reader): the same name can only mean the same rows, and any write changes the name, so an answer given again
 * is never stale. At most {@code roadmap.analytics.memory-answers} bytes are kept, least recently asked first out;
 * an answer of more rows than could fit in half of that is streamed and not kept. Answers kept for readers of working
 * values ({@code Analytics.readsWorking}) take at most half of it and go out first: each working write anywhere
 * leaves them behind (their names hold the working revision), and they must not push out the public's.
 */
@Component
class Answers {
    private final long limit;
    private final LinkedHashMap<Object, Encoded> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    /** The names of the answers kept for readers of working values, in the order they were kept. */
    private final java.util.LinkedHashSet<Object> workingNames = new java.util.LinkedHashSet<>();

    private long workingBytes;

    /** A row of the API takes ~220 bytes of JSON; this many is the most an answer may have to be kept. */
    private static final int BYTES_PER_ROW = 256;

    Answers(@Value("${roadmap.analytics.memory-answers:50331648}") long limit) {
        this.limit = limit;
    }

    /** Whether an answer of this many rows may be kept (else it is streamed as it is written). */
    boolean fits(int rows) {
        return (long) rows * BYTES_PER_ROW <= limit / 2;
    }

    synchronized Encoded find(Object name) {
        return kept.get(name);
    }

    /** Keeps {@code body} under {@code name}; {@code working} when it was computed for a reader of working values. */
    synchronized void keep(Object name, Encoded body, boolean working) {
        if (body.length() > limit / 2 || kept.containsKey(name)) {
            return;
        }
        kept.put(name, body);
        bytes += body.length();
        if (working) {
            workingNames.add(name);
            workingBytes += body.length();
        }
        // Working answers first, oldest first, until they fit in half of the limit and all fit in the limit.
        for (Iterator<Object> i = workingNames.iterator();
                i.hasNext() && (workingBytes > limit / 2 || bytes > limit); ) {
            Object old = i.next();
            if (!old.equals(name)) {
                i.remove();
                long length = kept.remove(old).length();
                bytes -= length;
                workingBytes -= length;
            }
        }
        for (Iterator<Map.Entry<Object, Encoded>> i = kept.entrySet().iterator(); i.hasNext() && bytes > limit; ) {
            var e = i.next();
            i.remove();
            bytes -= e.getValue().length();
            if (workingNames.remove(e.getKey())) {
                workingBytes -= e.getValue().length();
            }
        }
    }

    /** How many bytes are kept (for tests). */
    synchronized long bytes() {
        return bytes;
    }
}
