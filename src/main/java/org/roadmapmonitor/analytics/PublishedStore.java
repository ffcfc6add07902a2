package org.roadmapmonitor.analytics;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.roadmapmonitor.reporting.VisibleValues;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The published values of the frameworks asked about lately, in memory ({@link PublishedCells}), for callers who
 * see only the published copy. A request names the revision it read in its own transaction; the copy is used only
 * when it was read at that revision or later. Else the framework's values are read again before answering, in one
 * statement that also reads the revisions, so that a copy is exactly the values of one snapshot and is named by
 * that snapshot's revisions: by delta when it can (only the reports the log of V83 names as changed since the copy,
 * replaced in a new copy that shares the rest), else whole (no copy yet, definitions changed, the log trimmed past
 * the copy, or more than a quarter of the reports changed). So a value published by this node, another node or
 * plain SQL is in the next answer, and a stale number is never served. At most {@code
 * roadmap.analytics.memory-values} values are kept (least recently used frameworks leave first); a framework larger
 * than that is answered from SQL.
 */
@Component
class PublishedStore {
    private static final Logger log = LoggerFactory.getLogger(PublishedStore.class);

    private final VisibleValues values;
    private final long limit;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, PublishedCells> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Revision> tooLarge = new ConcurrentHashMap<>();
    private final AtomicLong deltas = new AtomicLong();
    private final AtomicLong wholes = new AtomicLong();

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
            PublishedCells before = kept(framework);
            cells = before == null ? null : delta(framework, before);
            if (cells == null) {
                return load(framework, asked);
            }
            return Optional.of(checked(cells, asked));
        }
    }

    /** The copy kept in memory when it is as current as {@code asked}, without reading anything; else empty. */
    Optional<PublishedCells> kept(String framework, Revision asked) {
        return Optional.ofNullable(current(framework, asked));
    }

    /** How many copies were brought up to date by delta, and how many read whole, since start (for tests). */
    long deltas() {
        return deltas.get();
    }

    long wholes() {
        return wholes.get();
    }

    private synchronized PublishedCells current(String framework, Revision asked) {
        PublishedCells cells = kept.get(framework);
        return cells != null && cells.revision().covers(asked) ? cells : null;
    }

    private synchronized PublishedCells kept(String framework) {
        return kept.get(framework);
    }

    /**
     * The copy brought up to date from {@code before} by the reports changed since, or null when it must be read
     * whole: the definitions moved (indicator codes may have changed), the log no longer reaches back to the copy,
     * or too many reports changed for a delta to pay.
     */
    private PublishedCells delta(String framework, PublishedCells before) {
        long t0 = System.nanoTime();
        int most = Math.max(64, before.reports() / 4);
        var now = new PublishedCells.Builder(before);
        var touched = new HashSet<Long>();
        var read = new Reading(now, touched);
        try {
            if (!values.eachPublishedSince(framework, before.revision().values(), most + 1, read)
                    || read.revisions == null) {
                return null;
            }
        } catch (TooLarge e) {
            return null;
        }
        long[] revisions = read.revisions;
        if (revisions[0] != before.revision().definitions()
                || revisions[2] > before.revision().values()
                || touched.size() > most
                || before.size() + now.size() > limit) {
            log.debug(
                    "{}: read whole (definitions {} → {}, log from {}, copy at {}, {} reports changed)",
                    framework,
                    before.revision().definitions(),
                    revisions[0],
                    revisions[2],
                    before.revision().values(),
                    touched.size());
            return null;
        }
        PublishedCells cells = before.replace(touched, now, new Revision(revisions[0], revisions[1]));
        keep(framework, cells);
        deltas.incrementAndGet();
        log.debug(
                "{}: {} changed reports ({} values) read in {} ms",
                framework,
                touched.size(),
                now.size(),
                (System.nanoTime() - t0) / 1e6);
        return cells;
    }

    private Optional<PublishedCells> load(String framework, Revision asked) {
        long t0 = System.nanoTime();
        var builder = new PublishedCells.Builder();
        var read = new Reading(builder, null);
        try {
            values.eachPublished(framework, read);
        } catch (TooLarge e) {
            log.info("{} has more than {} published values: answered from SQL", framework, limit);
            tooLarge.put(framework, asked);
            return Optional.empty();
        }
        Revision at = read.revisions == null ? asked : new Revision(read.revisions[0], read.revisions[1]);
        PublishedCells cells = checked(builder.build(at), asked);
        keep(framework, cells);
        wholes.incrementAndGet();
        log.debug("{}: {} published values read in {} ms", framework, cells.size(), (System.nanoTime() - t0) / 1e6);
        return Optional.of(cells);
    }

    /** A copy read after the request's own read of the revisions is at least as new; this says so loudly if not. */
    private static PublishedCells checked(PublishedCells cells, Revision asked) {
        if (!cells.revision().covers(asked)) {
            throw new IllegalStateException(
                    "published values read at " + cells.revision() + ", older than the request's " + asked);
        }
        return cells;
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

    /** Collects a read: its revisions, the reports it says changed, their cells (stopped when too many). */
    private final class Reading implements VisibleValues.PublishedReading {
        private final PublishedCells.Builder into;
        private final Set<Long> touched;
        private long[] revisions;

        Reading(PublishedCells.Builder into, Set<Long> touched) {
            this.into = into;
            this.touched = touched;
        }

        @Override
        public void revisions(long definitions, long values, long logFloor) {
            revisions = new long[] {definitions, values, logFloor};
        }

        @Override
        public void touched(long report) {
            touched.add(report);
        }

        @Override
        public void cell(long report, Cell cell) {
            if (into.size() >= limit) {
                throw new TooLarge();
            }
            into.add(report, cell);
        }
    }

    /** Thrown from inside the streamed read to stop it once the framework is too large to keep. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
