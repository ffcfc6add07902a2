package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.DemoSettled;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fragments a large dashboard loads one KPI at a time (its trend, its members' table) are written once per
 * revision and language for the public and given again, like the dashboard's KPIs (DashboardPartsTest), and are
 * never stale: a published value changed by plain SQL is in the next fragments; each language gets its own; whoever
 * may read working values gets them, written and kept for them alone until a working value moves, and the public
 * never. Years 2186–2190.
 */
@IntegrationTest
class DashboardFragmentPartsTest {
    private static final String FW = "WB-SALW-ROADMAP";
    private static final String TREND = "/frameworks/" + FW + "/dashboard/trends/";
    private static final String LINES = "/frameworks/" + FW + "/dashboard/lines/";
    private static final Pattern ALBANIA_LINE = Pattern.compile(
            "<th scope=\"row\"><span class=\"jname\"><span>Albania</span>.*?</th>\\s*<td>([^<]*)</td>\\s*"
                    + "<td class=\"num\"><span>([^<]*)</span>",
            Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("<th scope=\"col\"[^>]*>([^<]*)</th>");
    private static final Pattern DATA_VALUE = Pattern.compile("data-value=\"([^\"]*)\"");
    private static final String WHERE = """
             where jurisdiction_code = 'AL' and period_code = ? and disaggregation_key = ''
               and indicator_id in (select i.id from indicator i join framework_version v on v.id = i.framework_version_id
                                    join framework f on f.id = v.framework_id
                                    where f.code = ? and i.code = ?)""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageParts parts;

    /** The demo's background loading publishes and writes too: changes of its own here would rename the parts. */
    @BeforeEach
    void demoSettled() {
        DemoSettled.await(jdbc);
    }

    @AfterEach
    void removeTheDraft() {
        jdbc.sql("delete from progress_report where period_code = '2186' and created_by = 'fragment-parts-test'")
                .update();
    }

    /** Albania's latest period and value on a KPI's members' table, as the fragment shows them. */
    private static String[] albania(String lines) {
        var m = ALBANIA_LINE.matcher(lines);
        assertThat(m.find()).as("Albania on the members' table: " + lines).isTrue();
        return new String[] {m.group(1), m.group(2)};
    }

    /** Albania's value in one period of a KPI's trend table, as the chart reads it ({@code data-value}). */
    private static String albaniaIn(String trend, String period) {
        List<String> columns = new ArrayList<>();
        COLUMN.matcher(trend).results().forEach(r -> columns.add(r.group(1)));
        int column = columns.indexOf("Albania");
        assertThat(column).as("Albania's column in " + columns).isPositive();
        int row = trend.indexOf("<th scope=\"row\">" + period + "</th>");
        assertThat(row).as("the row of " + period).isPositive();
        String cells = trend.substring(row, trend.indexOf("</tr>", row));
        List<String> values = new ArrayList<>();
        DATA_VALUE.matcher(cells).results().forEach(r -> values.add(r.group(1)));
        return values.get(column - 1);
    }

    /** How many parts were written while {@code asking} ran. */
    private long written(Runnable asking) {
        long before = parts.written();
        asking.run();
        return parts.written() - before;
    }

    private int change(String period, String kpi, int by) {
        return jdbc.sql("update published_value set value = value + ? " + WHERE)
                .params(by, period, FW, kpi)
                .update();
    }

    @Test
    void aPublishedValueChangedByPlainSqlIsInTheNextPublicFragmentsWhichAreOtherwiseGivenAgain() {
        var visitor = Http.browser(port);
        String lines = visitor.get(LINES + "KPI-7").body();
        String trend = visitor.get(TREND + "KPI-7").body();
        String[] before = albania(lines);
        String chartBefore = albaniaIn(trend, before[0]);
        assertThat(written(() -> {
                    assertThat(visitor.get(LINES + "KPI-7").body()).isEqualTo(lines);
                    assertThat(visitor.get(TREND + "KPI-7").body()).isEqualTo(trend);
                }))
                .as("both fragments given again, not written")
                .isZero();

        assertThat(change(before[0], "KPI-7", 1_000_000))
                .as("Albania's published KPI-7 of " + before[0])
                .isPositive();
        try {
            long[] computed = new long[1];
            computed[0] = written(() -> {
                String[] after = albania(visitor.get(LINES + "KPI-7").body());
                assertThat(after[0]).isEqualTo(before[0]);
                assertThat(number(after[1]))
                        .isEqualByComparingTo(number(before[1]).add(BigDecimal.valueOf(1_000_000)));
                assertThat(number(albaniaIn(visitor.get(TREND + "KPI-7").body(), before[0])))
                        .isEqualByComparingTo(number(chartBefore).add(BigDecimal.valueOf(1_000_000)));
            });
            assertThat(computed[0]).as("both written again after the change").isEqualTo(2);
        } finally {
            change(before[0], "KPI-7", -1_000_000);
        }
        assertThat(visitor.get(LINES + "KPI-7").body())
                .as("and the old one back")
                .isEqualTo(lines);
        assertThat(visitor.get(TREND + "KPI-7").body()).isEqualTo(trend);
    }

    @Test
    void eachLanguageGetsItsOwnFragments() {
        for (int i = 0; i < 2; i++) {
            String english = Http.browser(port).get(TREND + "KPI-3").body();
            String french = Http.browser(port).get(TREND + "KPI-3?lang=fr").body();
            String spanish = Http.browser(port).get(LINES + "KPI-3?lang=es").body();
            String frenchLines = Http.browser(port).get(LINES + "KPI-3?lang=fr").body();
            assertThat(english)
                    .contains("Trend of KPI-3")
                    .doesNotContain("Évolution")
                    .doesNotContain("Tendencia");
            assertThat(french).contains("Évolution de KPI-3").doesNotContain("Trend of");
            assertThat(spanish).contains("Período").doesNotContain("Période").doesNotContain(">Period<");
            assertThat(frenchLines)
                    .contains("Période")
                    .doesNotContain("Período")
                    .doesNotContain(">Period<");
        }
    }

    @Test
    void whoeverMayReadWorkingValuesGetsThemWrittenForThemAloneAndThePublicNever() {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        var visitor = Http.browser(port);
        String[] published = albania(visitor.get(LINES + "KPI-7").body());
        assertThat(written(() -> secretariat.get(LINES + "KPI-7")))
                .as("the secretariat's table is written for it")
                .isEqualTo(1);

        // A draft of 2186 saved by plain SQL: it moves the working revision (V86), never the public's.
        Long report = jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                       period_start, period_end, state, created_at, created_by, updated_at)
                select f.id, v.id, 'AL', '2186', date '2186-01-01', date '2186-12-31', 'DRAFT', now(), 'fragment-parts-test', now()
                from framework f join framework_version v on v.framework_id = f.id
                where f.code = ? and v.version = '2030'
                returning id""").param(FW).query(Long.class).single();
        jdbc.sql("""
                insert into data_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                       period_end, value, updated_at, updated_by, report_revision)
                select ?, i.id, 'AL', '2186', date '2186-01-01', date '2186-12-31', 777777, now(), 'fragment-parts-test', 1
                from progress_report r join indicator i on i.framework_version_id = r.framework_version_id
                where r.id = ? and i.code = 'KPI-7'""").params(report, report).update();
        // And a published value changed, so that the public's fragments of this revision are first asked for after
        // the secretariat's: one kept under the public's name by mistake would be given to the public.
        String[] trendPublished = {null};
        assertThat(change(published[0], "KPI-7", 1)).isPositive();
        try {
            String lines = secretariat.get(LINES + "KPI-7").body();
            String trend = secretariat.get(TREND + "KPI-7").body();
            assertThat(albania(lines)).as("the secretariat's table").containsExactly("2186", "777,777");
            assertThat(lines).contains("working");
            assertThat(albaniaIn(trend, "2186")).as("the secretariat's chart").isEqualTo("777777");
            assertThat(written(() -> {
                        assertThat(secretariat.get(LINES + "KPI-7").body()).isEqualTo(lines);
                        assertThat(secretariat.get(TREND + "KPI-7").body()).isEqualTo(trend);
                    }))
                    .as("kept for the secretariat under the working revision (V86) and given again")
                    .isZero();
            jdbc.sql("update data_value set value = 777778 where report_id = ?")
                    .param(report)
                    .update();
            assertThat(written(() -> {
                        assertThat(albania(secretariat.get(LINES + "KPI-7").body()))
                                .containsExactly("2186", "777,778");
                        assertThat(albaniaIn(secretariat.get(TREND + "KPI-7").body(), "2186"))
                                .isEqualTo("777778");
                    }))
                    .as("a working value changed by plain SQL: both written again, with it")
                    .isEqualTo(2);

            String publicLines = visitor.get(LINES + "KPI-7").body();
            trendPublished[0] = visitor.get(TREND + "KPI-7").body();
            assertThat(albania(publicLines)[0]).as("the public's table").isEqualTo(published[0]);
            assertThat(publicLines).doesNotContain("777,777").doesNotContain("2186");
            assertThat(trendPublished[0]).doesNotContain("777777").doesNotContain("2186");
            assertThat(publicLines + trendPublished[0]).doesNotContainIgnoringCase("jsessionid");
        } finally {
            change(published[0], "KPI-7", -1);
        }
    }

    @Test
    void anIndicatorTheFrameworkDoesNotHaveIsStillRefused() {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        for (Http who : List.of(Http.browser(port), secretariat)) {
            assertThat(who.get(TREND + "KPI-404").statusCode()).isEqualTo(400);
            assertThat(who.get(LINES + "KPI-404").statusCode()).isEqualTo(400);
        }
        assertThat(Http.browser(port)
                        .get("/frameworks/NO-SUCH-FRAMEWORK/dashboard/trends/KPI-1")
                        .statusCode())
                .isEqualTo(404);
    }

    private static BigDecimal number(String shown) {
        return new BigDecimal(shown.replace(",", ""));
    }
}
