package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard as a visitor reads it (statuses in words beside their colour, ratios as percentages, each chart
 * with its table, compliance), linked from the home and framework pages; and the status scale the secretariat
 * sets, which the dashboard then speaks.
 */
@IntegrationTest
class DashboardPageTest {
    @LocalServerPort
    int port;

    @Test
    void theDashboardShowsEveryKpiWithStatusesInWordsAndEachChartWithItsTable() {
        var visitor = Http.browser(port);
        String page = visitor.get("/frameworks/WB-SALW-ROADMAP/dashboard").body();
        assertThat(page)
                .contains("Jurisdictions and KPIs")
                .contains("id=\"kpi-KPI-5\"")
                .contains("id=\"kpi-KPI-14\"")
                .contains("Reporting compliance")
                .containsPattern("/webjars/echarts/[0-9.]*/?dist/echarts.min.js")
                .containsPattern("/webjars/htmx.org/[0-9.]*/?dist/htmx.min.js");
        assertThat(page)
                .as("a status tinted and written")
                .containsPattern("<td class=\"status-[A-Z]+\"><b>[a-z ]+</b>");
        assertThat(page).as("ratios as percentages").containsPattern("\\d+(\\.\\d)? %");
        assertThat(page.split("<figure class=\"trend\">", -1).length - 1)
                .as("a trend chart, with its table, per KPI")
                .isEqualTo(page.split("class=\"trend-data\"", -1).length - 1)
                .isGreaterThanOrEqualTo(14);
        assertThat(page)
                .as("the map, from its template")
                .contains("id=\"map-hook\"")
                .contains("id=\"map-panel\"");
        assertThat(page).doesNotContain("??");
        assertThat(visitor.get("/frameworks/WB-SALW-ROADMAP/dashboard?lang=fr").body())
                .contains("Tableau de bord")
                .contains("Respect des délais de rapport");
        assertThat(visitor.get("/").body()).contains("/frameworks/WB-SALW-ROADMAP/dashboard");
        assertThat(visitor.get("/frameworks/WB-SALW-ROADMAP").body()).contains("/frameworks/WB-SALW-ROADMAP/dashboard");
        assertThat(visitor.get("/frameworks/NOPE/dashboard").statusCode()).isEqualTo(404);

        var select = Pattern.compile("<option value=\"(\\d{4}(S\\d)?)\"").matcher(page);
        assertThat(select.find()).as("the calendar's periods to choose from").isTrue();
        String fragment = visitor.get("/frameworks/WB-SALW-ROADMAP/dashboard/compliance?period=" + select.group(1))
                .body();
        assertThat(fragment)
                .as("htmx swaps in the compliance of the chosen period alone")
                .contains("id=\"compliance-tables\"")
                .contains(select.group(1))
                .doesNotContain("<html");
    }

    @Test
    void theSecretariatSetsAScaleThatTheDashboardAndTheApiThenUse() {
        var api = Http.api(port).basic("secretariat@demo", "demo");
        String scale = "/api/v1/frameworks/CARIBBEAN-FIREARMS-ROADMAP/status-scale";
        String read = api.get(scale).headers().firstValue("ETag").orElseThrow();
        String good = "{\"levels\": [{\"code\": \"met\", \"label\": \"Target met\", \"minProgress\": \"1\","
                + " \"colour\": \"GREEN\"}, {\"code\": \"not_met\", \"label\": \"Not yet\", \"colour\": \"RED\"}]}";
        var unnamed = api.put(scale, good);
        assertThat(unnamed.statusCode())
                .as("a write names the revision it read")
                .isEqualTo(428);
        assertThat(unnamed.body()).contains("If-Match");
        var refused = api.put(
                scale,
                "{\"levels\": [{\"code\": \"met\", \"minProgress\": 1, \"colour\": \"GREEN\"},"
                        + " {\"code\": \"close\", \"minProgress\": 2, \"colour\": \"TEAL\"},"
                        + " {\"code\": \"far\", \"colour\": \"PINK\"}]}",
                "If-Match",
                read);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("levels[1].minProgress").contains("levels[2].colour");
        assertThat(Http.api(port)
                        .get("/api/v1/frameworks/CARIBBEAN-FIREARMS-ROADMAP/status-scale")
                        .body())
                .as("nothing stored")
                .contains("\"isDefault\":true")
                .contains("on_track");
        assertThat(Http.api(port)
                        .basic("editor.rs@demo", "demo")
                        .put(
                                "/api/v1/frameworks/CARIBBEAN-FIREARMS-ROADMAP/status-scale",
                                "{\"levels\": [{\"code\": \"met\", \"minProgress\": 1, \"colour\": \"GREEN\"},"
                                        + " {\"code\": \"not_met\", \"colour\": \"RED\"}]}",
                                "If-Match",
                                read)
                        .statusCode())
                .isEqualTo(403);

        var saved = api.put(scale, good, "If-Match", read);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag").orElseThrow())
                .isNotEqualTo(read)
                .isEqualTo(api.get(scale).headers().firstValue("ETag").orElseThrow());
        var stale = api.put(scale, good, "If-Match", read);
        assertThat(stale.statusCode())
                .as("a scale set since it was read is not overwritten")
                .isEqualTo(412);
        assertThat(Http.api(port)
                        .get("/api/v1/frameworks/CARIBBEAN-FIREARMS-ROADMAP/status-scale")
                        .body())
                .contains("\"isDefault\":false")
                .contains("Target met");
        assertThat(Http.browser(port)
                        .get("/frameworks/CARIBBEAN-FIREARMS-ROADMAP/dashboard")
                        .body())
                .contains("Target met")
                .contains("Not yet")
                .doesNotContain("on track");

        var browser = Http.browser(port);
        browser.signIn("secretariat@demo", "demo");
        var page =
                browser.get("/frameworks/CENTRAL-AMERICA-ROADMAP/status-scale").body();
        var hidden = Pattern.compile("name=\"revision\" value=\"(\\d+)\"").matcher(page);
        assertThat(hidden.find()).as("the form carries the revision it shows").isTrue();
        String shown = hidden.group(1);
        var form = browser.submit(
                "/frameworks/CENTRAL-AMERICA-ROADMAP/status-scale",
                "/frameworks/CENTRAL-AMERICA-ROADMAP/status-scale",
                Map.of(
                        "levels[0].code", "done",
                        "levels[0].minProgress", "1",
                        "levels[0].colour", "GREEN",
                        "levels[1].code", "moving",
                        "levels[1].minProgress", "0,5",
                        "levels[1].colour", "AMBER",
                        "levels[2].code", "stuck",
                        "levels[2].colour", "RED",
                        "revision", shown));
        assertThat(form.statusCode()).isIn(200, 302, 303);
        assertThat(Http.api(port)
                        .get("/api/v1/frameworks/CENTRAL-AMERICA-ROADMAP/status-scale")
                        .body())
                .contains("\"code\":\"moving\",\"label\":null,\"minProgress\":0.5");
    }
}
