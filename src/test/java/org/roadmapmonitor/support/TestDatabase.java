package org.roadmapmonitor.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh PostgreSQL database for one test run: on the server named by ROADMAP_TEST_DB_URL when it is set
 * (a new database is created there and dropped at the end), otherwise on an embedded PostgreSQL.
 */
public final class TestDatabase {
    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {}

    public static synchronized String url() {
        if (url == null) {
            start();
        }
        return url;
    }

    public static String user() {
        url();
        return user;
    }

    public static String password() {
        url();
        return password;
    }

    private static void start() {
        String external = System.getenv("ROADMAP_TEST_DB_URL");
        try {
            if (external != null && !external.isBlank()) {
                user = System.getenv().getOrDefault("ROADMAP_TEST_DB_USER", "");
                password = System.getenv().getOrDefault("ROADMAP_TEST_DB_PASSWORD", "");
                String name = "roadmap_test_" + ProcessHandle.current().pid() + "_"
                        + ThreadLocalRandom.current().nextInt(100_000);
                execute(external, "create database " + name + " encoding 'UTF8'");
                url = external.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        execute(external, "drop database if exists " + name + " with (force)");
                    } catch (SQLException e) {
                        System.err.println("Could not drop test database " + name + ": " + e.getMessage());
                    }
                }));
            } else {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        System.err.println("Could not stop the embedded test database: " + e.getMessage());
                    }
                }));
                url = pg.getJdbcUrl("postgres", "postgres");
                user = "postgres";
                password = "";
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("No PostgreSQL for the tests", e);
        }
    }

    /** Another empty database on the same server, dropped when the tests end: for tests that start their own nodes. */
    public static synchronized String freshDatabase() {
        String main = url();
        String name = "roadmap_node_test_" + ProcessHandle.current().pid() + "_"
                + ThreadLocalRandom.current().nextInt(100_000);
        try {
            execute(main, "create database " + name + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(main, "drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }));
        return main.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    private static void execute(String jdbcUrl, String sql) throws SQLException {
        try (var c = user == null || user.isBlank()
                        ? DriverManager.getConnection(jdbcUrl)
                        : DriverManager.getConnection(jdbcUrl, user, password);
                var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Points the application under test at the test database, in demo mode. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "roadmap.db.url=" + url(),
                            "roadmap.db.user=" + user(),
                            "roadmap.db.password=" + password(),
                            "roadmap.demo=true",
                            "roadmap.evidence.demo-scale=0.02")
                    .applyTo(context);
            context.getBeanFactory().addBeanPostProcessor(new StatementCounter.Wrapper());
        }
    }
}
