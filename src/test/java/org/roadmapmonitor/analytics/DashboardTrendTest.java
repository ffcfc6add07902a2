package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The trend a large framework's dashboard loads one KPI at a time is the very chart table the dashboard shows
 * inline for a small one; an indicator the framework does not have is refused.
 */
@IntegrationTest
class DashboardTrendTest {
    private static final String DASHBOARD = "/frameworks/WB-SALW-ROADMAP/dashboard";

    @LocalServerPort
    int port;

    private static String trendTable(String html, String from) {
        int at = html.indexOf("<table class=\"trend-data\"", html.indexOf(from));
        assertThat(at).as("a trend table after " + from).isGreaterThanOrEqualTo(0);
        return html.substring(at, html.indexOf("</table>", at));
    }

    @Test
    void aKpisTrendLoadedAloneIsTheTableTheDashboardShowsInline() {
        var http = Http.browser(port);
        var page = http.get(DASHBOARD);
        var fragment = http.get(DASHBOARD + "/trends/KPI-5");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<figure class=\"trend\"").doesNotContain("<html");
        assertThat(trendTable(fragment.body(), "<figure"))
                .contains("data-value=")
                .isEqualTo(trendTable(page.body(), "id=\"kpi-KPI-5\""));
        assertThat(page.body()).doesNotContain("hx-trigger=\"revealed\"");
    }

    @Test
    void anIndicatorTheFrameworkDoesNotHaveIsRefused() {
        assertThat(Http.browser(port).get(DASHBOARD + "/trends/KPI-404").statusCode())
                .isEqualTo(400);
    }
}
