package org.roadmapmonitor.reporting;

import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.shared.TooBusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many imports (uploaded workbooks and CSV files, DHIS2 data value sets) one user runs at once, across
 * every node: each holds a file or a large body in memory, so a user past the limit is told to wait (429)
 * rather than let a few parallel uploads exhaust the memory every other user needs. A slot is a
 * transaction-level advisory lock in PostgreSQL, one of {@code perUser} numbers per user: every node sees it at
 * once, and it is released when the import's transaction ends, however it ends (a crash included).
 */
@Component
class ImportSlots {
    private final int perUser;
    private final JdbcClient jdbc;

    ImportSlots(JdbcClient jdbc, @Value("${roadmap.import.max-concurrent-per-user:2}") int perUser) {
        this.jdbc = jdbc;
        this.perUser = perUser;
    }

    /**
     * Takes a slot for the current user until the surrounding transaction ends; refuses past the limit. Must be
     * called inside the import's transaction (the lock lives on its connection).
     */
    Slot enter() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An import slot is taken inside the import's transaction");
        }
        String user = "import-slot:" + CurrentUser.actor();
        for (int slot = 0; slot < perUser; slot++) {
            boolean taken = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?), ?)")
                    .params(user, slot)
                    .query(Boolean.class)
                    .single();
            if (taken) {
                return () -> {};
            }
        }
        throw new TooBusyException(perUser);
    }

    /** Held until the transaction ends; closing marks where the import's use of it ends. */
    @FunctionalInterface
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
