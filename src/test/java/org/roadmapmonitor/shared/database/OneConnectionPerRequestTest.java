package org.roadmapmonitor.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OneConnectionPerRequestTest {
    private final DataSource pool = mock(DataSource.class);
    private final OneConnectionPerRequest guarded = new OneConnectionPerRequest(pool);

    OneConnectionPerRequestTest() throws SQLException {
        when(pool.getConnection()).thenAnswer(i -> mock(Connection.class));
    }

    @Test
    void aRequestHoldingAConnectionIsRefusedASecondOneNamingTheRequest() throws Exception {
        serve("/api/v1/funds/SLW00/status", () -> {
            try (Connection first = guarded.getConnection()) {
                assertThatThrownBy(guarded::getConnection)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("GET /api/v1/funds/SLW00/status")
                        .hasMessageContaining("second database connection");
            }
        });
    }

    @Test
    void aRequestMayTakeConnectionsOneAfterAnother() throws Exception {
        serve("/funds/SLW00", () -> {
            Connection first = guarded.getConnection();
            first.close();
            first.close();
            try (Connection second = guarded.getConnection()) {
                assertThat(second).isNotNull();
            }
        });
    }

    @Test
    void workOutsideRequestsIsNotCounted() throws Exception {
        try (Connection first = guarded.getConnection();
                Connection second = guarded.getConnection()) {
            assertThat(first).isNotSameAs(second);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static void serve(String path, Work work) throws Exception {
        Throwable[] failure = {null};
        var chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(
                    jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                try {
                    work.run();
                } catch (Exception | AssertionError e) {
                    failure[0] = e;
                }
            }
        });
        new OneConnectionPerRequest.RequestMarker()
                .doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
        if (failure[0] instanceof AssertionError e) {
            throw e;
        }
        if (failure[0] instanceof Exception e) {
            throw e;
        }
    }
}
