package org.roadmapmonitor.reporting;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.shared.TooBusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many imports (uploaded workbooks and CSV files, DHIS2 data value sets) one user runs at once on this
 * node: each holds a file or a large body in memory, so a user past the limit is told to wait (429) rather
 * than let a few parallel uploads exhaust the memory every other user needs.
 */
@Component
class ImportSlots {
    private final int perUser;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    ImportSlots(@Value("${roadmap.import.max-concurrent-per-user:2}") int perUser) {
        this.perUser = perUser;
    }

    /** Takes a slot for the current user, to be closed when the import ends; refuses past the limit. */
    Slot enter() {
        String user = CurrentUser.actor();
        AtomicInteger count = running.computeIfAbsent(user, u -> new AtomicInteger());
        if (count.incrementAndGet() > perUser) {
            count.decrementAndGet();
            throw new TooBusyException(perUser);
        }
        return () -> count.decrementAndGet();
    }

    @FunctionalInterface
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
