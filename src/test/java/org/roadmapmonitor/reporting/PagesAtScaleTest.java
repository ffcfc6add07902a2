package org.roadmapmonitor.reporting;

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
 * The inbox, the period board and the published-reports list ask the database the same number of
 * statements whether a framework has a handful of member jurisdictions or many times more (issue #11, item 8):
 * nothing is asked per jurisdiction or per report. Period 2109 is this test's own.
 */
@IntegrationTest
class PagesAtScaleTest {
    private static final String PERIOD = "2109";
    private static final String BOARD = "/reports/board?framework=WB-SALW-ROADMAP&period=" + PERIOD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheExtraJurisdictions() {
        jdbc.sql("delete from progress_report where jurisdiction_code like 'SCL%'")
                .update();
        jdbc.sql("delete from jurisdiction_membership where jurisdiction_code like 'SCL%'")
                .update();
        jdbc.sql("delete from jurisdiction where code like 'SCL%'").update();
    }

    @Test
    void inboxBoardAndPublishedListAskAsManyStatementsForThirtyJurisdictionsAsForThree() {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        var anonymous = Http.browser(port);

        addMembersWithReports(1, 3);
        Map<String, Long> few = statements(secretariat, anonymous);
        assertThat(secretariat.get(BOARD).body()).contains("Scale 3").doesNotContain("Scale 4<");

        addMembersWithReports(4, 30);
        Map<String, Long> many = statements(secretariat, anonymous);
        assertThat(secretariat.get(BOARD).body()).contains("Scale 30");
        assertThat(anonymous.get("/reports?period=" + PERIOD).body()).contains("SCL030");

        assertThat(many)
                .as("statements per page with 30 extra members, against 3")
                .isEqualTo(few);
        assertThat(few.values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void thePublishedListShowsOnePageAndCountsThemAll() {
        addMembersWithReports(1, 90);
        var body = Http.browser(port).get("/reports?period=" + PERIOD).body();
        assertThat(body).contains("30 published reports").doesNotContain("Page 1 of");
        addMembersWithReports(91, 180);
        body = Http.browser(port).get("/reports?period=" + PERIOD).body();
        assertThat(body).contains("60 published reports", "Page 1 of 2");
        assertThat(body.split("SCL\\d{3}", -1).length - 1).isEqualTo(50);
    }

    private Map<String, Long> statements(Http secretariat, Http anonymous) {
        var pages = new LinkedHashMap<String, Long>();
        secretariat.get("/reports");
        secretariat.get(BOARD);
        anonymous.get("/reports");
        pages.put("inbox and published list, secretariat", StatementCounter.during(() -> secretariat.get("/reports")));
        pages.put("period board", StatementCounter.during(() -> secretariat.get(BOARD)));
        pages.put("published list, public", StatementCounter.during(() -> anonymous.get("/reports")));
        return pages;
    }

    /** Members SCL{from}..SCL{to} of the Roadmap with a report each for 2109: draft, submitted or published. */
    private void addMembersWithReports(int from, int to) {
        jdbc.sql("""
                insert into jurisdiction (code, name, short_name, kind, path, position)
                select 'SCL' || lpad(g::text, 3, '0'), 'Scale ' || g, 'Scale ' || g, 'JURISDICTION',
                       '/SCL' || lpad(g::text, 3, '0') || '/', 5000 + g
                from generate_series(?, ?) g""").params(from, to).update();
        jdbc.sql("""
                insert into jurisdiction_membership (framework_code, jurisdiction_code, role)
                select 'WB-SALW-ROADMAP', 'SCL' || lpad(g::text, 3, '0'), 'MEMBER' from generate_series(?, ?) g""").params(from, to).update();
        jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at, published_at)
                select v.framework_id, v.id, 'SCL' || lpad(g::text, 3, '0'), ?, make_date(?, 1, 1),
                       make_date(?, 12, 31), case g % 3 when 0 then 'PUBLISHED' when 1 then 'DRAFT' else 'SUBMITTED' end,
                       now(), 'scale@test', now(), case when g % 3 = 0 then now() end
                from generate_series(?, ?) g
                join framework_version v on v.version = '2030'
                join framework f on f.id = v.framework_id and f.code = 'WB-SALW-ROADMAP'""")
                .params(PERIOD, Integer.parseInt(PERIOD), Integer.parseInt(PERIOD), from, to)
                .update();
        jdbc.sql("""
                insert into data_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                  period_end, disaggregation_key, value, updated_at, updated_by, report_revision)
                select r.id, i.id, r.jurisdiction_code, r.period_code, r.period_start, r.period_end, '', 7, now(),
                       'scale@test', 1
                from progress_report r
                join indicator i on i.framework_version_id = r.framework_version_id and i.code in ('KPI-1', 'KPI-2')
                where r.jurisdiction_code like 'SCL%' and r.period_code = ?
                on conflict do nothing""").param(PERIOD).update();
    }
}
