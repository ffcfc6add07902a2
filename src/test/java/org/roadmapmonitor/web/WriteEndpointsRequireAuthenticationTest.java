package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.DemoSettled;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every registered endpoint and sends each method that is not a read without signing in: none may
 * succeed, and none may change a row. Page forms are sent with a valid anonymous CSRF token, so that the
 * refusal proves the authentication rule, not only the CSRF check.
 */
@IntegrationTest
class WriteEndpointsRequireAuthenticationTest {
    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    record Endpoint(String method, String path) {}

    @Test
    void noEndpointWritesWithoutAuthentication() {
        List<Endpoint> writes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    if (m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS) {
                        writes.add(new Endpoint(m.name(), concrete(pattern)));
                    }
                }
            }
        });
        assertThat(writes).hasSizeGreaterThan(20);
        DemoSettled.await(jdbc); // the demo data loading in the background writes audit events of its own
        long auditBefore =
                jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        for (Endpoint e : writes) {
            int status;
            if (e.path().startsWith("/api/")) {
                status = Http.api(port).send(e.method(), e.path(), "{}").statusCode();
                assertThat(status).as(e.toString()).isEqualTo(401);
            } else {
                var anonymous = Http.browser(port);
                var res = anonymous.submit("/login", e.path(), Map.of("name", "x", "code", "X1", "role", "MEMBER"));
                status = res.statusCode();
                boolean toSignIn = status == 302
                        && res.headers().firstValue("Location").orElse("").contains("/login");
                assertThat(toSignIn || status == 401 || status == 403)
                        .as(e + " answered " + status)
                        .isTrue();
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(auditBefore);
    }

    /** Fills path variables with values that exist, so that a missing check cannot hide behind a 404. */
    private static String concrete(String pattern) {
        return pattern.replace("{code}", "WB-SALW-ROADMAP")
                .replace("{version}", "2030")
                .replace("{objective}", "G1")
                .replace("{indicator}", "KPI-1")
                .replace("{period}", "2024")
                .replace("{framework}", "WB-SALW-ROADMAP")
                .replace("{id}", "1")
                .replace("{entryId}", "1")
                .replaceAll("\\{[^}]+}", "1");
    }
}
