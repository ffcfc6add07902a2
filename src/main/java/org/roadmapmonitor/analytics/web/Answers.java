package org.roadmapmonitor.analytics.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encoded answers of the analytics API for the public, by the name {@code Analytics.publicAnswer} gives them (the
 * query, its format and the framework's revisions read in the request): the same name can only mean the same
 * rows, and any write changes the name, so an answer given again is never stale. At most {@code
 * roadmap.analytics.memory-answers} bytes are kept, least recently asked first out; an answer larger than a
 * quarter of that is written but not kept.
 */
@Component
class Answers {
    private final long limit;
    private final LinkedHashMap<Object, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    Answers(@Value("${roadmap.analytics.memory-answers:33554432}") long limit) {
        this.limit = limit;
    }

    /** The answer of that name, encoded now (outside any lock) if none is kept. */
    byte[] get(Object name, Supplier<byte[]> encode) {
        byte[] body = find(name);
        if (body == null) {
            body = encode.get();
            keep(name, body);
        }
        return body;
    }

    private synchronized byte[] find(Object name) {
        return kept.get(name);
    }

    private synchronized void keep(Object name, byte[] body) {
        if (body.length > limit / 4 || kept.containsKey(name)) {
            return;
        }
        kept.put(name, body);
        bytes += body.length;
        for (Iterator<Map.Entry<Object, byte[]>> i = kept.entrySet().iterator(); i.hasNext() && bytes > limit; ) {
            bytes -= i.next().getValue().length;
            i.remove();
        }
    }
}
