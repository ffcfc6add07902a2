package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The map's KPI switch (htmx) computes only the chosen KPI's latest values, yet its panel is, for every KPI, the one
 * the whole dashboard's computation gives on the map's page; for the public and for whoever reads working values,
 * and the public never gets a working value. Years 2191–2195.
 */
@IntegrationTest
class MapSwitchTest {
    private static final String FW = "WB-SALW-ROADMAP";
    private static final String MAP = "/frameworks/" + FW + "/map";
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheDraft() {
        jdbc.sql("delete from progress_report where period_code = '2191' and created_by = 'map-switch-test'")
                .update();
    }

    /** The panel inside a whole map page, computed from the whole dashboard. */
    private static String panelOf(String page) {
        int start = page.indexOf("<div class=\"map-panel\"");
        assertThat(start).as("a map panel").isNotNegative();
        int end = page.indexOf("</div>", page.indexOf("<p class=\"source-note\"", start)) + "</div>".length();
        return page.substring(start, end);
    }

    private static String switched(Http who, String kpi) {
        var res = who.get(MAP + "?kpi=" + kpi, "HX-Request", "true");
        assertThat(res.statusCode()).as(kpi).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return res.body().strip();
    }

    /** For each KPI of the map: the switch's panel equals the map page's; returns the KPIs. */
    private static List<String> sameAsTheWholeComputation(Http who) {
        var kpis = new ArrayList<String>();
        var m = OPTION.matcher(panelOf(who.get(MAP).body()));
        while (m.find()) {
            kpis.add(m.group(1));
        }
        assertThat(kpis).hasSizeGreaterThan(5);
        for (String kpi : kpis) {
            String whole = panelOf(who.get(MAP + "?kpi=" + kpi).body());
            assertThat(switched(who, kpi)).as(kpi).isEqualTo(whole);
            assertThat(switched(who, kpi)).as(kpi + ", asked again").isEqualTo(whole);
        }
        return kpis;
    }

    @Test
    void forThePublicEveryKpisPanelIsTheOneTheWholeDashboardGives() {
        sameAsTheWholeComputation(Http.browser(port));
    }

    @Test
    void aPublicSwitchAskedAgainIsGivenFromItsKeptPanel() {
        var visitor = Http.api(port); // without a session, which would be read and touched
        String first = switched(visitor, "KPI-9");
        long statements = StatementCounter.during(
                () -> assertThat(switched(visitor, "KPI-9")).isEqualTo(first));
        // The framework's revisions, read to name the panel, and the two of the frame's designations that every
        // page's request pays (LayoutAdvice); no values, no compliance, no calendar.
        assertThat(statements).isLessThanOrEqualTo(3);
    }

    @Test
    void whoeverReadsWorkingValuesGetsThemInTheSwitchAndThePublicNever() {
        Long report = jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                       period_start, period_end, state, created_at, created_by, updated_at)
                select f.id, v.id, 'AL', '2191', date '2191-01-01', date '2191-12-31', 'DRAFT', now(),
                       'map-switch-test', now()
                from framework f join framework_version v on v.framework_id = f.id
                where f.code = ? and v.version = '2030'
                returning id""").param(FW).query(Long.class).single();
        jdbc.sql("""
                insert into data_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                       period_end, value, updated_at, updated_by, report_revision)
                select ?, i.id, 'AL', '2191', date '2191-01-01', date '2191-12-31', 919191, now(), 'map-switch-test', 1
                from progress_report r join indicator i on i.framework_version_id = r.framework_version_id
                where r.id = ? and i.code = 'KPI-7'""").params(report, report).update();

        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        sameAsTheWholeComputation(secretariat);
        assertThat(switched(secretariat, "KPI-7")).contains("919,191").contains("working value");

        var visitor = Http.browser(port);
        sameAsTheWholeComputation(visitor);
        assertThat(switched(visitor, "KPI-7")).doesNotContain("919,191").doesNotContain("working value");
    }

    @Test
    void aKpiTheFrameworkDoesNotHaveIsNotFound() {
        assertThat(Http.browser(port)
                        .get(MAP + "?kpi=NOPE", "HX-Request", "true")
                        .statusCode())
                .isEqualTo(404);
    }
}
