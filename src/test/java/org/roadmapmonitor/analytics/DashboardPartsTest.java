package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's KPIs, written once per revision and language for the public and given again (ADR 0007), are
 * never stale: a published value changed by plain SQL is on the next page; another language gets its own words;
 * and whoever may read working values gets them at once, never the public's copy. Years 2171–2174.
 */
@IntegrationTest
class DashboardPartsTest {
    private static final String FW = "WB-SALW-ROADMAP";
    private static final String PAGE = "/frameworks/" + FW + "/dashboard?kpi=KPI-7";
    private static final Pattern ALBANIA = Pattern.compile("<tr[^>]*data-code=\"AL\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("data-value=\"([^\"]*)\"");
    private static final Pattern PERIOD = Pattern.compile("data-period=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheDraft() {
        jdbc.sql("delete from progress_report where period_code = '2171' and created_by = 'parts-test'")
                .update();
    }

    /** Albania's value and period of KPI-7 on the map's table, as a page shows them. */
    private static String[] albania(String page) {
        var m = ALBANIA.matcher(page);
        assertThat(m.find()).as("Albania on the map's table").isTrue();
        var value = VALUE.matcher(m.group());
        var period = PERIOD.matcher(m.group());
        assertThat(value.find() && period.find()).as(m.group()).isTrue();
        return new String[] {value.group(1), period.group(1)};
    }

    @Test
    void aPublishedValueChangedByPlainSqlIsOnTheNextPublicPage() {
        var visitor = Http.browser(port);
        String[] before = albania(visitor.get(PAGE).body());
        assertThat(albania(visitor.get(PAGE).body())).as("given again").isEqualTo(before);
        String where = """
                 where jurisdiction_code = 'AL' and period_code = ? and disaggregation_key = ''
                   and indicator_id in (select i.id from indicator i join framework_version v on v.id = i.framework_version_id
                                        join framework f on f.id = v.framework_id
                                        where f.code = ? and i.code = 'KPI-7')""";
        int changed = jdbc.sql("update published_value set value = value + 1000000 " + where)
                .params(before[1], FW)
                .update();
        assertThat(changed).as("Albania's published KPI-7 of " + before[1]).isPositive();
        try {
            String[] after = albania(visitor.get(PAGE).body());
            assertThat(after[1]).isEqualTo(before[1]);
            assertThat(number(after[0]))
                    .as("the next page has the new value")
                    .isEqualByComparingTo(number(before[0]).add(java.math.BigDecimal.valueOf(1_000_000)));
        } finally {
            jdbc.sql("update published_value set value = value - 1000000 " + where)
                    .params(before[1], FW)
                    .update();
        }
        assertThat(albania(visitor.get(PAGE).body())).as("and the old one back").isEqualTo(before);
    }

    @Test
    void eachLanguageGetsItsOwnWords() {
        String english =
                Http.browser(port).get("/frameworks/" + FW + "/dashboard").body();
        String french = Http.browser(port)
                .get("/frameworks/" + FW + "/dashboard?lang=fr")
                .body();
        String englishAgain =
                Http.browser(port).get("/frameworks/" + FW + "/dashboard").body();
        assertThat(english).contains("Jurisdictions and KPIs").doesNotContain("Juridictions et indicateurs");
        assertThat(french).contains("Juridictions et indicateurs").doesNotContain("Jurisdictions and KPIs");
        assertThat(englishAgain).contains("Jurisdictions and KPIs");
    }

    @Test
    void whoeverMayReadWorkingValuesGetsThemAtOnceAndThePublicNever() {
        var visitor = Http.browser(port);
        String[] published = albania(visitor.get(PAGE).body());
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        secretariat.get(PAGE);

        // A draft of 2171 saved by plain SQL: working values bump no revision, so only a page that reads them
        // afresh can show them.
        Long report = jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                       period_start, period_end, state, created_at, created_by, updated_at)
                select f.id, v.id, 'AL', '2171', date '2171-01-01', date '2171-12-31', 'DRAFT', now(), 'parts-test', now()
                from framework f join framework_version v on v.framework_id = f.id
                where f.code = ? and v.version = '2030'
                returning id""").param(FW).query(Long.class).single();
        jdbc.sql("""
                insert into data_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                       period_end, value, updated_at, updated_by, report_revision)
                select ?, i.id, 'AL', '2171', date '2171-01-01', date '2171-12-31', 777777, now(), 'parts-test', 1
                from progress_report r join indicator i on i.framework_version_id = r.framework_version_id
                where r.id = ? and i.code = 'KPI-7'""").params(report, report).update();

        String theirs = secretariat.get(PAGE).body();
        assertThat(albania(theirs)).as("the secretariat's page").containsExactly("777,777", "2171");
        assertThat(theirs).contains("working value");
        assertThat(albania(visitor.get(PAGE).body())).as("the public's").isEqualTo(published);
    }

    private static java.math.BigDecimal number(String shown) {
        return new java.math.BigDecimal(shown.replace(",", ""));
    }
}
