package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Behind a reverse proxy that ends HTTPS, and the API's guarded writes. */
@IntegrationTest
class BehindHttpsTest {
    private static final String[] HTTPS = {"X-Forwarded-Proto", "https"};

    @LocalServerPort
    int port;

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        var browser = Http.browser(port);
        var page = browser.get("/login", HTTPS);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        var cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly");
        assertThat(Http.api(port).get("/login").headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isEmpty();
    }

    @Test
    void writesTheApiGuardsWithIfMatchAnswer428WithoutIt() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2073");
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        var created = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2073\"}");
        long id =
                JsonMapper.builder().build().readTree(created.body()).get("id").asLong();
        for (String part : new String[] {"values", "narratives"}) {
            var res = editor.put("/api/v1/reports/" + id + "/" + part, "[]");
            assertThat(res.statusCode()).as(part).isEqualTo(428);
            assertThat(res.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(res.body()).contains("If-Match");
        }
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(editor.put(
                                "/api/v1/reports/" + id + "/values",
                                "[{\"indicator\": \"KPI-5\", \"value\": \"3\"}]",
                                "If-Match",
                                etag)
                        .statusCode())
                .isEqualTo(200);

        var sec = Http.api(port).basic("secretariat@demo", "demo");
        String doc = sec.get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030").body();
        var framework = sec.put("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030", doc);
        assertThat(framework.statusCode()).as(framework.body()).isEqualTo(428);
        assertThat(framework.body()).contains("If-Match");
    }
}
