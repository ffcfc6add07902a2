package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.analytics.internal.AnalyticsRevisions;
import org.roadmapmonitor.reporting.VisibleValues;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A copy of the published values is brought up to date by delta (V83's log of changed reports) and stays exactly
 * what a copy read whole would be: values inserted, changed, moved and deleted and reports deleted by plain JDBC are
 * in the next answer through the delta path; random changes leave the two equal; concurrent writers never lose a
 * change; a trimmed log or a large change falls back to a whole read. Years 2167–2170 are this test's.
 */
@IntegrationTest
class PublishedDeltaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FW = "WB-SALW-ROADMAP";
    private static final List<String> MEMBERS = List.of("AL", "BA", "ME", "MK", "RS", "XK");
    private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    private static final LocalDate TO = LocalDate.of(2200, 12, 31);

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

    @Autowired
    PlatformTransactionManager transactions;

    private JsonNode ask(String query) {
        var res = Http.api(port).get("/api/v1/analytics?framework=" + FW + "&" + query);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private long publishedReport(String jurisdiction, String year) {
        return jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at, published_at)
                select v.framework_id, v.id, ?, ?, make_date(?, 1, 1), make_date(?, 12, 31), 'PUBLISHED', now(),
                       'published-delta-test', now(), now()
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
                where r.id = ? and i.code = ?
                on conflict (report_id, indicator_id, disaggregation_key) do update set value = excluded.value""").params(key, value, report, indicator).update();
    }

    private Revision asked() {
        return revisions.of(FW).map(r -> new Revision(r[0], r[1])).orElseThrow();
    }

    private List<String> indicators() {
        return jdbc.sql("""
                select distinct i.code from indicator i join framework_version v on v.id = i.framework_version_id
                join framework f on f.id = v.framework_id where f.code = ? and i.type <> 'NARRATIVE' order by 1""").param(FW).query(String.class).list();
    }

    /** Every cell of the copy (totals and breakdowns), exactly, sorted. */
    private static List<String> everything(PublishedCells copy, List<String> indicators) {
        var out = new ArrayList<String>();
        for (boolean breakdowns : List.of(false, true)) {
            copy.cells(indicators, MEMBERS, FROM, TO, breakdowns).stream()
                    .map(Fixtures::exactly)
                    .forEach(out::add);
        }
        return out.stream().sorted().toList();
    }

    /** The copy this node keeps, brought up to date now, against one read whole by a store that holds nothing. */
    private void assertTheDeltaCopyEqualsAWholeRead() {
        var asked = asked();
        var kept = store.at(FW, asked).orElseThrow();
        var whole = new PublishedStore(values, 2_000_000).at(FW, asked).orElseThrow();
        var indicators = indicators();
        assertThat(kept.revision()).isEqualTo(whole.revision());
        assertThat(everything(kept, indicators)).isEqualTo(everything(whole, indicators));
        assertThat(kept.size()).isEqualTo(whole.size());
        // and what the SQL path gives the public
        var sql = new ArrayList<String>();
        for (boolean breakdowns : List.of(false, true)) {
            values.cells(FW, indicators, MEMBERS, FROM, TO, breakdowns).stream()
                    .map(Fixtures::exactly)
                    .forEach(sql::add);
        }
        assertThat(everything(kept, indicators)).isEqualTo(sql.stream().sorted().toList());
    }

    @Test
    void insertedChangedMovedAndDeletedValuesAndDeletedReportsAreInTheNextAnswerThroughTheDelta() {
        String query = "indicator=KPI-5&jurisdiction=RS&period=2167";
        assertThat(ask(query).get(0).get("value").isNull()).isTrue(); // the copy is read (whole, or by delta)
        long wholes = store.wholes();
        long deltas = store.deltas();

        long report = publishedReport("RS", "2167");
        publishValue(report, "KPI-5", "", "1234.50");
        assertThat(ask(query).get(0).get("value").decimalValue()).isEqualByComparingTo("1234.50");

        jdbc.sql("update published_value set value = 1235 where report_id = ?")
                .param(report)
                .update();
        assertThat(ask(query).get(0).get("value").decimalValue()).isEqualByComparingTo("1235");

        publishValue(report, "KPI-5", "sex=female", "600");
        JsonNode female = ask(query + "&disaggregate=sex");
        assertThat(female.get(0).get("disaggregation").get("sex").asString()).isEqualTo("female");
        assertThat(female.get(0).get("value").decimalValue()).isEqualByComparingTo("600");

        // a value moved to another report (another jurisdiction's): gone from the first, in the second
        long other = publishedReport("AL", "2167");
        jdbc.sql("""
                update published_value set report_id = ?, jurisdiction_code = 'AL'
                where report_id = ? and disaggregation_key = ''""").params(other, report).update();
        assertThat(ask(query).get(0).get("value").isNull()).isTrue();
        assertThat(ask("indicator=KPI-5&jurisdiction=AL&period=2167")
                        .get(0)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("1235");

        jdbc.sql("delete from published_value where report_id = ?")
                .param(report)
                .update();
        assertThat(ask(query + "&disaggregate=sex")).isEmpty(); // no breakdown cell stored any more

        jdbc.sql("delete from progress_report where id = ?").param(other).update(); // cascades to its values
        assertThat(ask("indicator=KPI-5&jurisdiction=AL&period=2167")
                        .get(0)
                        .get("value")
                        .isNull())
                .isTrue();
        jdbc.sql("delete from progress_report where id = ?").param(report).update();

        assertThat(store.wholes()).as("no copy was read whole").isEqualTo(wholes);
        assertThat(store.deltas()).as("each change came by delta").isGreaterThanOrEqualTo(deltas + 6);
        assertTheDeltaCopyEqualsAWholeRead();
    }

    @Test
    void aCopyUpdatedByDeltaOverRandomChangesEqualsOneReadWhole() {
        var random = new Random(21672170);
        var indicators = indicators();
        var reports = new ArrayList<Long>();
        store.at(FW, asked());
        long wholes = store.wholes();
        for (int round = 0; round < 25; round++) {
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                int what = reports.isEmpty() ? 0 : random.nextInt(6);
                switch (what) {
                    case 0 -> {
                        String j = MEMBERS.get(random.nextInt(MEMBERS.size()));
                        String year = String.valueOf(2168 + random.nextInt(3));
                        Long exists = jdbc.sql("""
                                        select id from progress_report where jurisdiction_code = ? and period_code = ?
                                        and framework_id = (select id from framework where code = ?)""")
                                .params(j, year, FW)
                                .query(Long.class)
                                .optional()
                                .orElse(null);
                        long r = exists != null ? exists : publishedReport(j, year);
                        if (!reports.contains(r)) {
                            reports.add(r);
                        }
                        for (String i : indicators) {
                            if (random.nextInt(3) == 0) {
                                publishValue(
                                        r, i, "", random.nextInt(3) == 0 ? null : random.nextInt(90_000) / 100.0 + "");
                                publishValue(
                                        r,
                                        i,
                                        random.nextBoolean() ? "sex=female" : "sex=male",
                                        random.nextInt(500) + ".0");
                            }
                        }
                    }
                    case 1, 2 ->
                        jdbc.sql("""
                                    update published_value set value = coalesce(value, 0) + ?
                                    where report_id = ? and indicator_id in (
                                      select indicator_id from published_value where report_id = ? order by random() limit 3)""")
                                .params(random.nextInt(50) + 0.25, pick(random, reports), pick(random, reports))
                                .update();
                    case 3 ->
                        jdbc.sql("""
                                    delete from published_value where report_id = ? and indicator_id in (
                                      select indicator_id from published_value where report_id = ? order by random() limit 2)""")
                                .params(pick(random, reports), pick(random, reports))
                                .update();
                    case 4 -> {
                        long r = pick(random, reports);
                        jdbc.sql("delete from progress_report where id = ?")
                                .param(r)
                                .update();
                        reports.remove(r);
                    }
                    default ->
                        new TransactionTemplate(transactions).executeWithoutResult(t -> {
                            // two statements, two reports, one transaction
                            long a = pick(random, reports);
                            long b = pick(random, reports);
                            jdbc.sql("update published_value set numerator = 3, denominator = 4 where report_id = ?")
                                    .param(a)
                                    .update();
                            jdbc.sql("delete from published_value where report_id = ? and disaggregation_key <> ''")
                                    .param(b)
                                    .update();
                        });
                }
            }
            if (random.nextInt(3) > 0) { // sometimes several rounds go into one delta
                assertTheDeltaCopyEqualsAWholeRead();
            }
        }
        assertTheDeltaCopyEqualsAWholeRead();
        assertThat(store.wholes()).as("no copy was read whole").isEqualTo(wholes);
        for (long r : reports) {
            jdbc.sql("delete from progress_report where id = ?").param(r).update();
        }
    }

    @Test
    void concurrentWritersNeverLoseAChange() throws Exception {
        var indicators = indicators();
        List<Long> reports = new ArrayList<>();
        for (String j : MEMBERS) {
            reports.add(publishedReport(j, "2169"));
        }
        store.at(FW, asked());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        var stop = new AtomicBoolean();
        try {
            var writers = new ArrayList<Future<?>>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    var random = new Random(2169 + writer);
                    for (int n = 0; n < 40; n++) {
                        long report = reports.get(random.nextInt(reports.size()));
                        String indicator = indicators.get(random.nextInt(indicators.size()));
                        String value = writer * 1000 + n + "";
                        new TransactionTemplate(transactions).executeWithoutResult(t -> {
                            publishValue(report, indicator, "", value);
                            if (random.nextBoolean()) {
                                jdbc.sql("select pg_sleep(0.005)").query().listOfRows(); // commit later
                            }
                        });
                    }
                    return null;
                }));
            }
            // a reader bringing the copy up to date while the writers commit, and checking it never goes back
            Future<?> reader = pool.submit(() -> {
                while (!stop.get()) {
                    var asked = asked();
                    var copy = store.at(FW, asked).orElseThrow();
                    assertThat(copy.revision().covers(asked)).isTrue();
                }
                return null;
            });
            for (var w : writers) {
                w.get(120, TimeUnit.SECONDS);
            }
            stop.set(true);
            reader.get(60, TimeUnit.SECONDS);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        assertTheDeltaCopyEqualsAWholeRead();
        for (long r : reports) {
            jdbc.sql("delete from progress_report where id = ?").param(r).update();
        }
    }

    @Test
    void aTrimmedLogOrALargeChangeIsReadWhole() {
        long report = publishedReport("ME", "2170");
        publishValue(report, "KPI-5", "", "11");
        store.at(FW, asked());
        long wholes = store.wholes();

        // the log trimmed past the copy (as after 1,000 revisions): read whole
        publishValue(report, "KPI-5", "", "12");
        jdbc.sql("""
                update analytics_revision set log_floor = revision
                where framework_id = (select id from framework where code = ?)""").param(FW).update();
        assertThat(ask("indicator=KPI-5&jurisdiction=ME&period=2170")
                        .get(0)
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("12");
        assertThat(store.wholes()).isEqualTo(wholes + 1);

        // more reports changed than a delta is worth (above 64, and a quarter of the copy's): read whole
        int published = jdbc.sql("""
                        select count(distinct p.report_id) from published_value p
                        join progress_report r on r.id = p.report_id join framework f on f.id = r.framework_id
                        where f.code = ?""").param(FW).query(Integer.class).single();
        assertThat(published).as("reports this change touches").isGreaterThan(64);
        jdbc.sql("""
                update published_value set comment = 'touched' where report_id in (
                  select r.id from progress_report r join framework f on f.id = r.framework_id where f.code = ?)""").param(FW).update();
        store.at(FW, asked()).orElseThrow();
        assertThat(store.wholes()).isEqualTo(wholes + 2);
        assertTheDeltaCopyEqualsAWholeRead();
        jdbc.sql("delete from progress_report where id = ?").param(report).update();
    }

    private static long pick(Random random, List<Long> from) {
        return from.get(random.nextInt(from.size()));
    }
}
