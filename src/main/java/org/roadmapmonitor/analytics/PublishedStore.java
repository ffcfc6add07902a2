package org.roadmapmonitor.analytics;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.roadmapmonitor.reporting.VisibleValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The published values of the frameworks asked about lately, in memory ({@link PublishedCells}), for callers who
 * see only the published copy. A request names the revision it read in its own transaction; the copy is used only
 * when it was read at that revision or later, else the framework's values are read again (one streamed statement)
 * before answering — so a value published by this node, another node or plain SQL is in the next answer, and a
 * stale number is never served. At most {@code roadmap.analytics.memory-values} values are kept (least recently
 * used frameworks leave first); a framework larger than that is answered from SQL.
 */
@Component
class PublishedStore {
    private static final Logger log = LoggerFactory.getLogger(PublishedStore.class);

    private final VisibleValues values;
    private final long limit;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, PublishedCells> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Revision> tooLarge = new ConcurrentHashMap<>();

    PublishedStore(VisibleValues values, @Value("${roadmap.analytics.memory-values:2000000}") long limit) {
        this.values = values;
        this.limit = limit;
    }

    /** The framework's published cells as current as {@code asked}, or empty when they are too many to keep. */
    Optional<PublishedCells> at(String framework, Revision asked) {
        PublishedCells cells = current(framework, asked);
        if (cells != null) {
            return Optional.of(cells);
        }
        synchronized (locks.computeIfAbsent(framework, f -> new Object())) {
            cells = current(framework, asked); // another request may have read it meanwhile
            if (cells != null) {
                return Optional.of(cells);
            }
            Revision large = tooLarge.get(framework);
            if (large != null && large.covers(asked)) {
                return Optional.empty();
            }
            return load(framework, asked);
        }
    }

    private synchronized PublishedCells current(String framework, Revision asked) {
        PublishedCells cells = kept.get(framework);
        return cells != null && cells.revision().covers(asked) ? cells : null;
    }

    private Optional<PublishedCells> load(String framework, Revision asked) {
        long t0 = System.nanoTime();
        var builder = new PublishedCells.Builder();
        try {
            values.eachPublished(framework, c -> {
                if (builder.size() >= limit) {
                    throw new TooLarge();
                }
                builder.add(c);
            });
        } catch (TooLarge e) {
            log.info("{} has more than {} published values: answered from SQL", framework, limit);
            tooLarge.put(framework, asked);
            return Optional.empty();
        }
        PublishedCells cells = builder.build(asked);
        keep(framework, cells);
        log.debug("{}: {} published values read in {} ms", framework, cells.size(), (System.nanoTime() - t0) / 1e6);
        return Optional.of(cells);
    }

    private synchronized void keep(String framework, PublishedCells cells) {
        PublishedCells before = kept.get(framework);
        if (before == null || !before.revision().covers(cells.revision())) {
            kept.put(framework, cells);
        }
        long total = kept.values().stream().mapToLong(PublishedCells::size).sum();
        for (Iterator<Map.Entry<String, PublishedCells>> i = kept.entrySet().iterator();
                i.hasNext() && total > limit; ) {
            var eldest = i.next();
            if (!eldest.getKey().equals(framework)) {
                total -= eldest.getValue().size();
                i.remove();
            }
        }
    }

    /** Thrown from inside the streamed read to stop it once the framework is too large to keep. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
