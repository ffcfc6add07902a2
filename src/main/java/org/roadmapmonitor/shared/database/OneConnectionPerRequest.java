package org.roadmapmonitor.shared.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a second database connection to a request that already holds one. A request that waits for a
 * second connection while holding its first can drain the pool: sixteen such readers once held all ten
 * connections and waited for each other until every page and the health check timed out. Refused at once,
 * the mistake is a failing test (or one failed request) instead of a stalled service. Work outside requests
 * (migrations, start-up seeding, scheduled jobs) is not counted.
 */
final class OneConnectionPerRequest extends DelegatingDataSource implements AutoCloseable {
    private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();

    OneConnectionPerRequest(DataSource pool) {
        super(pool);
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return track(CURRENT.get(), super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return track(CURRENT.get(), super.getConnection(username, password));
    }

    private static Connection track(Request request, Connection connection) throws SQLException {
        if (request == null) {
            return connection;
        }
        if (request.open > 0) {
            connection.close();
            throw new SQLException(request.description
                    + " asked for a second database connection while holding one; a request may hold only one"
                    + " (read in one transaction, or finish reading before querying again)");
        }
        request.open++;
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> {}
                    }
                    if (method.getName().equals("close") && !closed[0]) {
                        closed[0] = true;
                        request.open--;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Marks the thread serving a request for as long as it serves it. */
    static final class RequestMarker extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Request outer = CURRENT.get();
            CURRENT.set(new Request(request.getMethod() + " " + request.getRequestURI()));
            try {
                chain.doFilter(request, response);
            } finally {
                if (outer == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(outer);
                }
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }

    private static final class Request {
        final String description;
        int open;

        Request(String description) {
            this.description = description;
        }
    }
}
