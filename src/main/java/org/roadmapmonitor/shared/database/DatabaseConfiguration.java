package org.roadmapmonitor.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * One PostgreSQL everywhere: an external server when {@code ROADMAP_DB_URL} is set, otherwise an embedded
 * PostgreSQL whose data directory lives under {@code ROADMAP_DATA_DIR}, so that the run command needs no
 * database installed and keeps its data across restarts. See docs/adr/0001-postgresql-with-embedded-default.md.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final String EMBEDDED_DATABASE = "roadmap";

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            @Value("${roadmap.db.url:}") String url,
            @Value("${roadmap.db.user:}") String user,
            @Value("${roadmap.db.password:}") String password,
            @Value("${roadmap.data-dir:./roadmap-data}") String dataDir,
            @Value("${roadmap.db.pool-size:10}") int poolSize,
            @Value("${roadmap.db.connection-timeout:10s}") Duration connectionTimeout,
            EmbeddedDatabaseHolder embedded)
            throws IOException, SQLException {
        if (poolSize < 2) {
            throw new IllegalStateException("ROADMAP_DB_POOL_SIZE must be at least 2, not " + poolSize);
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("roadmap");
        ds.setMaximumPoolSize(poolSize);
        ds.setConnectionTimeout(connectionTimeout.toMillis());
        if (!url.isBlank()) {
            log.info("Using the PostgreSQL server at {}", url.replaceAll("password=[^&]*", "password=***"));
            ds.setJdbcUrl(url);
            ds.setUsername(user.isBlank() ? null : user);
            ds.setPassword(password.isBlank() ? null : password);
        } else {
            EmbeddedPostgres pg =
                    embedded.start(Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres"), poolSize);
            ds.setJdbcUrl(pg.getJdbcUrl("postgres", EMBEDDED_DATABASE));
            ds.setUsername("postgres");
        }
        return new OneConnectionPerRequest(ds);
    }

    /** Marks request threads before any other filter (sessions and security read the database too). */
    @Bean
    FilterRegistrationBean<OneConnectionPerRequest.RequestMarker> oneConnectionPerRequest() {
        var registration = new FilterRegistrationBean<>(new OneConnectionPerRequest.RequestMarker());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabaseHolder() {
        return new EmbeddedDatabaseHolder();
    }

    /** Owns the embedded server so that it stops after the pool has closed. */
    static final class EmbeddedDatabaseHolder implements AutoCloseable {
        private EmbeddedPostgres postgres;

        EmbeddedPostgres start(Path directory, int poolSize) throws IOException, SQLException {
            Files.createDirectories(directory.getParent());
            log.info("Starting the embedded PostgreSQL with its data in {}", directory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", String.valueOf(Math.max(50, poolSize + 20)))
                    .start();
            createDatabaseIfMissing(postgres);
            return postgres;
        }

        private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws SQLException {
            try (var c = pg.getPostgresDatabase().getConnection();
                    var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                check.setString(1, EMBEDDED_DATABASE);
                try (var rs = check.executeQuery()) {
                    if (!rs.next()) {
                        try (var create = c.createStatement()) {
                            create.execute("create database " + EMBEDDED_DATABASE + " encoding 'UTF8'");
                        }
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
