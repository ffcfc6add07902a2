package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard of a framework with more members than it draws inline: its first paint is computed without any
 * trend yet gives the same latest values, and the page and each KPI's fragments (trend, members' table) ask a
 * fixed number of statements however many members there are.
 */
@IntegrationTest
class DashboardAtScaleTest {
    private static final String FW = "WB-SALW-ROADMAP";
    private static final String DASHBOARD = "/frameworks/" + FW + "/dashboard";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Analytics analytics;

    @AfterEach
    void removeTheExtraMembers() {
        jdbc.sql("delete from jurisdiction_membership where jurisdiction_code like 'DSH%'")
                .update();
        jdbc.sql("delete from jurisdiction where code like 'DSH%'").update();
    }

    @Test
    void theFirstPaintGivesTheLatestValuesTheWholeTrendsGiveWithoutMakingThem() {
        addMembers(1, 20);
        Dashboard whole = analytics.dashboard(FW);
        Dashboard first = analytics.dashboard(FW, 0);

        assertThat(whole.trends()).isTrue();
        assertThat(first.trends()).isFalse();
        assertThat(first.kpis()).allSatisfy(k -> assertThat(k.trend()).isEmpty());
        assertThat(first.kpis()).hasSameSizeAs(whole.kpis()).hasSizeGreaterThanOrEqualTo(14);
        for (int i = 0; i < whole.kpis().size(); i++) {
            var w = whole.kpis().get(i);
            var f = first.kpis().get(i);
            String kpi = w.indicator().code();
            assertThat(f.latest()).as(kpi).isEqualTo(w.latest());
            assertThat(f.regional()).as(kpi).isEqualTo(w.regional());
            assertThat(f.lines()).as(kpi).isEqualTo(w.lines());
            assertThat(f.periods()).as(kpi).isEqualTo(w.periods());
        }
        assertThat(first.kpis().stream().flatMap(k -> k.lines().stream()).filter(r -> r.value() != null))
                .as("values to compare")
                .isNotEmpty();
    }

    @Test
    void aLargeFrameworksPageLoadsTrendsAndMemberTablesOnDemandWithAFixedNumberOfStatements() {
        var visitor = Http.browser(port);
        addMembers(1, 10);
        Map<String, Long> fewer = statements(visitor);
        addMembers(11, 40);
        Map<String, Long> more = statements(visitor);
        assertThat(more).as("statements with 46 members, against 16").isEqualTo(fewer);
        assertThat(fewer.values()).allSatisfy(n -> assertThat(n).isPositive());

        String page = visitor.get(DASHBOARD).body();
        assertThat(page)
                .as("the matrix stays; trends and members' tables wait")
                .contains("Jurisdictions and KPIs")
                .contains("Scale 40")
                .contains("hx-trigger=\"revealed\"")
                .contains("hx-trigger=\"toggle once\"")
                .contains(DASHBOARD + "/lines/KPI-5")
                .doesNotContain("class=\"trend-data\"")
                .doesNotContain("??");
        assertThat(page.split("<tr class=\"regional\">", -1).length - 1)
                .as("each KPI's regional value on the first paint")
                .isGreaterThanOrEqualTo(14);

        String lines = visitor.get(DASHBOARD + "/lines/KPI-5").body();
        assertThat(lines)
                .startsWith("<div class=\"table-wrap\">")
                .contains("Scale 40")
                .contains("Albania")
                .doesNotContain("class=\"regional\"")
                .doesNotContain("<html");
        assertThat(visitor.get(DASHBOARD + "/trends/KPI-5").body())
                .as("the chart's table, every member a column")
                .contains("class=\"trend-data\"")
                .contains("Scale 40");
        assertThat(visitor.get(DASHBOARD + "/lines/KPI-404").statusCode()).isEqualTo(400);
    }

    private Map<String, Long> statements(Http visitor) {
        var out = new LinkedHashMap<String, Long>();
        // The copies in memory are read again after the members changed, and the session is made, before counting.
        for (int i = 0; i < 2; i++) {
            visitor.get(DASHBOARD);
            visitor.get(DASHBOARD + "/trends/KPI-5");
            visitor.get(DASHBOARD + "/lines/KPI-5");
        }
        out.put("page", StatementCounter.during(() -> visitor.get(DASHBOARD)));
        out.put("trend", StatementCounter.during(() -> visitor.get(DASHBOARD + "/trends/KPI-5")));
        out.put("members' table", StatementCounter.during(() -> visitor.get(DASHBOARD + "/lines/KPI-5")));
        return out;
    }

    /** Members DSH{from}..DSH{to} of the Roadmap, without values. */
    private void addMembers(int from, int to) {
        jdbc.sql("""
                insert into jurisdiction (code, name, short_name, kind, path, position)
                select 'DSH' || lpad(g::text, 3, '0'), 'Scale ' || g, 'Scale ' || g, 'JURISDICTION',
                       '/DSH' || lpad(g::text, 3, '0') || '/', 6000 + g
                from generate_series(?, ?) g""").params(from, to).update();
        jdbc.sql("""
                insert into jurisdiction_membership (framework_code, jurisdiction_code, role)
                select ?, 'DSH' || lpad(g::text, 3, '0'), 'MEMBER' from generate_series(?, ?) g""").params(FW, from, to).update();
    }
}
