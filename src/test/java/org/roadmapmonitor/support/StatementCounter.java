package org.roadmapmonitor.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements that HTTP requests run: every integration test's data source is wrapped (see
 * {@link TestDatabase.Initializer}), and the statements prepared on the server's request threads are counted
 * while {@link #during} runs. For tests that prove a page asks a fixed number of queries, however many rows
 * it lists.
 */
public final class StatementCounter {
    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicLong TRANSACTIONS = new AtomicLong();

    private StatementCounter() {}

    /** Statements the server's request threads ran while {@code requests} ran (tests run one at a time). */
    public static synchronized long during(Runnable requests) {
        COUNT.set(0);
        requests.run();
        return COUNT.get();
    }

    /** Statements and transactions begun (auto-commit turned off) on the server's request threads. */
    public record Counts(long statements, long transactions) {}

    /** What the server's request threads ran while {@code requests} ran (tests run one at a time). */
    public static synchronized Counts counts(Runnable requests) {
        COUNT.set(0);
        TRANSACTIONS.set(0);
        requests.run();
        return new Counts(COUNT.get(), TRANSACTIONS.get());
    }

    /** Wraps the application's data source. */
    static final class Wrapper implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
        }
    }

    private static final class Counting extends DelegatingDataSource implements AutoCloseable {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable target) {
                target.close();
            }
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "prepareStatement", "prepareCall", "createStatement" -> {
                                if (Thread.currentThread().getName().startsWith("http-nio")) {
                                    COUNT.incrementAndGet();
                                }
                            }
                            case "setAutoCommit" -> {
                                if (Boolean.FALSE.equals(args[0])
                                        && Thread.currentThread().getName().startsWith("http-nio")) {
                                    TRANSACTIONS.incrementAndGet();
                                }
                            }
                            default -> {}
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
