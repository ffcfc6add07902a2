package org.roadmapmonitor.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.roadmapmonitor.shared.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Seeding (shipped jurisdictions and frameworks, the first administrator or the demo accounts, demo data) runs
 * on one node at a time: the first start-up step takes a PostgreSQL advisory lock and the last one gives it
 * back, so that a node started beside another on an empty database waits, then finds everything there.
 * Until then the node is not ready ({@code /actuator/health/readiness} answers 503): Spring Boot declares
 * readiness only after every start-up step has run.
 */
@Configuration(proxyBeanMethods = false)
class SeedingLock implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(SeedingLock.class);
    private static final String KEY = "hashtext('roadmap-monitor:seeding')";

    private final DataSource dataSource;
    private Connection holder;

    SeedingLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Bean
    @Order(StartupOrder.SEEDING_STARTS)
    ApplicationRunner takeSeedingLock() {
        return this::lock;
    }

    @Bean
    @Order(StartupOrder.SEEDING_ENDS)
    ApplicationRunner releaseSeedingLock() {
        return args -> release();
    }

    private synchronized void lock(ApplicationArguments args) throws SQLException {
        holder = dataSource.getConnection();
        try (var s = holder.createStatement();
                var free = s.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            if (!(free.next() && free.getBoolean(1))) {
                log.info("Another node is loading shipped and demo data; waiting for it to finish");
                s.execute("select pg_advisory_lock(" + KEY + ")");
            }
        }
    }

    private synchronized void release() throws SQLException {
        if (holder == null) {
            return;
        }
        try (var s = holder.createStatement()) {
            s.execute("select pg_advisory_unlock(" + KEY + ")");
        } finally {
            holder.close();
            holder = null;
        }
    }

    /** A start-up step failed: closing the connection gives the lock back to the other nodes. */
    @Override
    public void destroy() throws SQLException {
        release();
    }
}
