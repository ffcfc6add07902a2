package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.analytics.internal.AnalyticsRevisions;
import org.roadmapmonitor.reporting.VisibleValues;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published values analytics keeps in memory are never older than the request: a write by plain SQL, as
 * another node or a script would make it, is in the next answer; the copy answers what the SQL path answers; and
 * a call costs one statement however much it asks for. Years 2133–2136 and 2196 are this test's.
 */
@IntegrationTest
class PublishedStoreTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FW = "WB-SALW-ROADMAP";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishedStore store;

    @Autowired
    AnalyticsRevisions revisions;

    @Autowired
    VisibleValues values;

    private JsonNode ask(String query) {
        var res = Http.api(port).get("/api/v1/analytics?framework=" + FW + "&" + query);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    /** A published report of the 2030 version written straight into the tables, as another node's publish would. */
    private long publishedReport(String jurisdiction, String year) {
        return jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at, published_at)
                select v.framework_id, v.id, ?, ?, make_date(?, 1, 1), make_date(?, 12, 31), 'PUBLISHED', now(),
                       'published-store-test', now(), now()
                from framework_version v join framework f on f.id = v.framework_id
                where f.code = ? and v.version = '2030'
                returning id""")
                .params(jurisdiction, year, Integer.parseInt(year), Integer.parseInt(year), FW)
                .query(Long.class)
                .single();
    }

    private void publishValue(long report, String indicator, String key, String value) {
        jdbc.sql("""
                insert into published_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                  period_end, disaggregation_key, value)
                select r.id, i.id, r.jurisdiction_code, r.period_code, r.period_start, r.period_end, ?, ?::numeric
                from progress_report r join indicator i on i.framework_version_id = r.framework_version_id
                where r.id = ? and i.code = ?""").params(key, value, report, indicator).update();
    }

    @Test
    void aValueWrittenByPlainSqlIsInTheNextAnswerAndSoIsItsChangeAndItsRemoval() {
        String query = "indicator=KPI-5&jurisdiction=RS&period=2133";
        assertThat(ask(query).get(0).get("value").isNull()).isTrue();

        long report = publishedReport("RS", "2133");
        publishValue(report, "KPI-5", "", "777.50");
        assertThat(ask(query).get(0).get("value").decimalValue()).isEqualByComparingTo("777.50");

        jdbc.sql("update published_value set value = 778 where report_id = ?")
                .param(report)
                .update();
        assertThat(ask(query).get(0).get("value").decimalValue()).isEqualByComparingTo("778");

        jdbc.sql("delete from progress_report where id = ?").param(report).update(); // cascades to its values
        assertThat(ask(query).get(0).get("value").isNull()).isTrue();
    }

    @Test
    void aMembershipChangedByPlainSqlIsInTheNextAnswer() {
        String query = "indicator=KPI-5&period=2133";
        assertThat(ask(query).findValuesAsString("jurisdiction")).contains("RS");
        try {
            jdbc.sql("update jurisdiction_membership set role = 'OBSERVER' where framework_code = ? and"
                            + " jurisdiction_code = 'RS'")
                    .param(FW)
                    .update();
            assertThat(ask(query).findValuesAsString("jurisdiction")).doesNotContain("RS");
        } finally {
            jdbc.sql("update jurisdiction_membership set role = 'MEMBER' where framework_code = ? and"
                            + " jurisdiction_code = 'RS'")
                    .param(FW)
                    .update();
        }
        assertThat(ask(query).findValuesAsString("jurisdiction")).contains("RS");
    }

    @Test
    void theCopyInMemoryAnswersWhatTheSqlPathAnswersThepublic() {
        var random = new Random(20261201);
        List<String> members = List.of("AL", "BA", "ME", "MK", "RS", "XK");
        List<String> indicators = jdbc.sql("""
                select distinct i.code from indicator i join framework_version v on v.id = i.framework_version_id
                join framework f on f.id = v.framework_id where f.code = ? and i.type <> 'NARRATIVE' order by 1""").param(FW).query(String.class).list();
        for (String year : List.of("2134", "2135", "2136")) {
            for (String j : members) {
                long report = publishedReport(j, year);
                for (String i : indicators) {
                    if (random.nextInt(4) > 0) {
                        publishValue(
                                report, i, "", random.nextInt(3) == 0 ? null : random.nextInt(100_000) / 100.0 + "");
                        publishValue(report, i, "sex=female", random.nextInt(5000) + ".0");
                    }
                }
            }
        }
        var asked = revisions.of(FW).map(r -> new Revision(r[0], r[1])).orElseThrow();
        var copy = store.at(FW, asked).orElseThrow();
        var places = new ArrayList<>(members);
        places.add("WB");
        for (int n = 0; n < 200; n++) {
            var someIndicators = pick(random, indicators, "KPI-404");
            var somePlaces = pick(random, places, "GJ100");
            LocalDate from = LocalDate.of(2016 + random.nextInt(22), 1 + random.nextInt(12), 1);
            LocalDate to = from.plusDays(random.nextInt(9000));
            boolean breakdowns = random.nextBoolean();

            assertThat(exactly(copy.cells(someIndicators, somePlaces, from, to, breakdowns)))
                    .as("%s %s %s–%s %s", someIndicators, somePlaces, from, to, breakdowns)
                    .isEqualTo(exactly(values.cells(FW, someIndicators, somePlaces, from, to, breakdowns)));
        }
    }

    @Test
    void aCallRunsOneStatementHoweverMuchItAsksForAndWhetherOrNotItWasAskedBefore() {
        ask("indicator=KPI-6"); // the first call reads the framework into memory
        long matrix = StatementCounter.during(() -> ask("period=2018:2030"));
        long series = StatementCounter.during(() -> ask("indicator=KPI-5&jurisdiction=RS"));
        long regional = StatementCounter.during(() -> ask("indicator=KPI-5,KPI-6&jurisdiction=WB,RS,AL&period=2024"));
        long again = StatementCounter.during(() -> ask("period=2018:2030"));

        assertThat(List.of(matrix, series, regional, again)).containsOnly(1L);
    }

    /**
     * The public's question needs no transaction: one statement (the revisions) names the answer, which is given
     * again when kept and else computed from the copy in memory. A signed-in reader of working values still reads
     * in one transaction; a value written by plain SQL is in the next answer (no transaction and still never stale).
     */
    @Test
    void thePublicsQuestionOpensNoTransactionAndIsStillNeverStale() {
        String query = "indicator=KPI-5&jurisdiction=RS&period=2196";
        ask("indicator=KPI-6"); // the framework and its values read into memory
        var first = StatementCounter.counts(() -> ask(query));
        var again = StatementCounter.counts(() -> ask(query));
        assertThat(List.of(first, again)).containsOnly(new StatementCounter.Counts(1, 0));

        long report = publishedReport("RS", "2196");
        publishValue(report, "KPI-5", "", "42.25");
        assertThat(ask(query).get(0).get("value").decimalValue()).isEqualByComparingTo("42.25");
        jdbc.sql("update published_value set value = 43 where report_id = ?")
                .param(report)
                .update();
        assertThat(ask(query).get(0).get("value").decimalValue()).isEqualByComparingTo("43");

        var secretariat = Http.api(port).basic("secretariat@demo", "demo");
        var signedIn = StatementCounter.counts(() -> assertThat(secretariat
                        .get("/api/v1/analytics?framework=" + FW + "&" + query)
                        .statusCode())
                .isEqualTo(200));
        assertThat(signedIn.transactions())
                .as("signing in and reading working values")
                .isPositive();
    }

    private static List<String> pick(Random random, List<String> from, String stranger) {
        var out = new ArrayList<String>();
        for (String s : from) {
            if (random.nextInt(3) == 0) {
                out.add(s);
            }
        }
        if (random.nextInt(5) == 0) {
            out.add(stranger);
        }
        return out;
    }

    private static List<String> exactly(List<Cell> cells) {
        return cells.stream().map(Fixtures::exactly).sorted().toList();
    }
}
