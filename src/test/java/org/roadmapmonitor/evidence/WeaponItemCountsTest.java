package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.evidence.Measures.Target;
import org.roadmapmonitor.shared.DerivedValues.Computed;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code weapons_recovered} is read from the counts V85's triggers keep (weapon_item_count) instead of the records:
 * after any mix of writes — items added in bulk or upserted, moved to another event or category, deleted; events
 * moved in place, date or type, deleted with their items — and under concurrent writers, the counts are exactly what
 * the records say, and so is every figure computed from them (the statement that counted the records is this test's
 * reference). Through the analytics API a saved weapon shows in the next answer to those who may read the working
 * value, and never to the public. Years 2179–2185 are this test's.
 */
@IntegrationTest
class WeaponItemCountsTest {
    private static final List<String> PLACES = List.of("AL", "BA", "ME", "RS");

    /** What Measures counted before V85: the records themselves. */
    private static final String FROM_RECORDS = """
            with t as (select t.n, j.code, t.s::date as s, t.e::date as e
                       from unnest(?::text[], ?::text[], ?::text[]) with ordinality as t(root, s, e, n)
                       join jurisdiction r on r.code = t.root
                       join jurisdiction j on j.path like r.path || '%')
            select t.n, c.k, count(*) from t
            join arms_event e on e.jurisdiction_code = t.code and e.event_date between t.s and t.e
            join weapon_item w on w.event_id = e.id
            join weapon_category wc on wc.code = w.category
            cross join lateral (values (''), ('event=' || lower(e.event_type)),
                                       ('weapon_category=' || lower(wc.weapon_class) || 's')) c(k)
            group by t.n, c.k""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Measures measures;

    private List<String> categories() {
        return jdbc.sql("select code from weapon_category order by code")
                .query(String.class)
                .list();
    }

    /** Every member, the region and every period type over the years asked for. */
    private static List<Target> targets(int fromYear, int toYear) {
        var out = new ArrayList<Target>();
        for (String place : List.of("AL", "BA", "ME", "RS", "WB")) {
            for (int y = fromYear; y <= toYear; y++) {
                var year = PeriodCode.parse(String.valueOf(y));
                out.add(new Target(place, year));
                for (String code : List.of(y + "S1", y + "S2", y + "Q1", y + "Q3", y + "03", y + "11")) {
                    out.add(new Target(place, PeriodCode.parse(code)));
                }
            }
        }
        return out;
    }

    private Map<String, String> computed(List<Target> targets) {
        var out = new TreeMap<String, String>();
        measures.compute("weapons_recovered", targets).forEach((t, cells) -> {
            for (Computed c : cells) {
                out.put(
                        t.jurisdiction() + " " + t.period().code() + " " + c.disaggregationKey(),
                        c.value().toString());
            }
        });
        return out;
    }

    private Map<String, String> fromRecords(List<Target> targets) {
        var out = new TreeMap<String, String>();
        jdbc.sql(FROM_RECORDS)
                .params(
                        targets.stream().map(Target::jurisdiction).toArray(String[]::new),
                        targets.stream().map(t -> t.period().start().toString()).toArray(String[]::new),
                        targets.stream().map(t -> t.period().end().toString()).toArray(String[]::new))
                .query(rs -> {
                    Target t = targets.get(rs.getInt(1) - 1);
                    out.put(t.jurisdiction() + " " + t.period().code() + " " + rs.getString(2), rs.getString(3));
                });
        return out;
    }

    /** The kept counts summed, and the records counted, by jurisdiction, month, event type and class: equal. */
    private void countsMatchRecords(String when) {
        String kept = """
                select jurisdiction_code, month, event_type, weapon_class, sum(items) from weapon_item_count
                where extract(year from month) between 2179 and 2185
                group by 1, 2, 3, 4 having sum(items) <> 0 order by 1, 2, 3, 4""";
        String counted = """
                select e.jurisdiction_code, date_trunc('month', e.event_date)::date, e.event_type, wc.weapon_class,
                       count(*)
                from weapon_item w join arms_event e on e.id = w.event_id join weapon_category wc on wc.code = w.category
                where extract(year from e.event_date) between 2179 and 2185
                group by 1, 2, 3, 4 order by 1, 2, 3, 4""";
        assertThat(rows(kept)).as(when).isEqualTo(rows(counted));
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql)
                .query((rs, n) -> String.join(
                        " ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private long event(String place, String date, String type, String ref) {
        return jdbc.sql("""
                        insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date,
                                                agency, updated_by)
                        values (?, ?, ?, case when ? = 'SEIZED' then true end, ?::date, 'Police', 'counts-test')
                        returning id""")
                .params(place, ref, type, type, date)
                .query(Long.class)
                .single();
    }

    private static String type(Random random) {
        return List.of("SEIZED", "FOUND", "SURRENDERED").get(random.nextInt(3));
    }

    private static String date(Random random, int year) {
        return "%d-%02d-%02d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    @Test
    void theCountsAreWhatTheRecordsSayAfterAnyMixOfWrites() {
        var random = new Random(2179);
        var categories = categories();
        var events = new ArrayList<Long>();
        var targets = targets(2179, 2180);
        int n = 0;
        for (int step = 0; step < 60; step++) {
            int what = events.isEmpty() ? 0 : random.nextInt(9);
            long some = events.isEmpty() ? 0 : events.get(random.nextInt(events.size()));
            switch (what) {
                case 0, 1 -> {
                    // a new event with a batch of items in one statement
                    long e = event(
                            PLACES.get(random.nextInt(PLACES.size())),
                            date(random, 2179 + random.nextInt(2)),
                            type(random),
                            "CT-" + n++);
                    events.add(e);
                    jdbc.sql("""
                            insert into weapon_item (event_id, item_key, category, marking_status)
                            select ?, 'K' || k, (?::text[])[1 + (k % ?)], 'UNMARKED' from generate_series(1, ?) k""")
                            .params(
                                    e,
                                    categories.toArray(String[]::new),
                                    1 + random.nextInt(categories.size()),
                                    1 + random.nextInt(6))
                            .update();
                }
                case 2 ->
                    // an import's upsert: some items new, some changed in category
                    jdbc.sql("""
                            insert into weapon_item (event_id, item_key, category, marking_status)
                            select ?, 'K' || k, ?, 'UNMARKED' from generate_series(1, ?) k
                            on conflict (event_id, item_key) do update set category = excluded.category""")
                            .params(some, categories.get(random.nextInt(categories.size())), 1 + random.nextInt(8))
                            .update();
                case 3 ->
                    // items moved to another event
                    jdbc.sql("""
                            update weapon_item set event_id = ?, item_key = item_key || '-m' || id
                            where id in (select id from weapon_item where event_id = ? order by id limit 2)""")
                            .params(events.get(random.nextInt(events.size())), some)
                            .update();
                case 4 -> {
                    // an event moved in place, date and type
                    String type = type(random);
                    jdbc.sql("""
                            update arms_event set jurisdiction_code = ?, event_date = ?::date, event_type = ?,
                              criminal_offence = case when ? = 'SEIZED' then true end
                            where id = ?""")
                            .params(
                                    PLACES.get(random.nextInt(PLACES.size())),
                                    date(random, 2179 + random.nextInt(2)),
                                    type,
                                    type,
                                    some)
                            .update();
                }
                case 5 ->
                    // only the date, within the same month or not
                    jdbc.sql("update arms_event set event_date = event_date + ? where id = ?")
                            .params(random.nextInt(40), some)
                            .update();
                case 6 -> jdbc.sql("""
                            delete from weapon_item where id in (select id from weapon_item where event_id = ? limit 1)""").param(some).update();
                case 7 -> {
                    jdbc.sql("delete from arms_event where id = ?").param(some).update();
                    events.remove(some);
                }
                default ->
                    // a change that moves nothing (a tracing status): counted the same
                    jdbc.sql("update weapon_item set tracing_status = 'PENDING' where event_id = ?")
                            .param(some)
                            .update();
            }
            countsMatchRecords("step " + step + " (" + what + ")");
            assertThat(computed(targets)).as("step %d (%d)", step, what).isEqualTo(fromRecords(targets));
        }
        assertThat(fromRecords(targets)).as("the writes left items to count").isNotEmpty();
        // a statement moving many events at once, then deleting them all
        jdbc.sql("""
                update arms_event set jurisdiction_code = 'BA', event_date = event_date - 30
                where updated_by = 'counts-test'""").update();
        countsMatchRecords("every event moved");
        assertThat(computed(targets)).isEqualTo(fromRecords(targets));
        jdbc.sql("delete from arms_event where updated_by = 'counts-test'").update();
        countsMatchRecords("every event deleted");
        assertThat(computed(targets)).isEqualTo(fromRecords(targets)).isEmpty();
    }

    @Test
    void concurrentWritersLeaveExactCounts() throws Exception {
        var categories = categories();
        int writers = 6;
        var shared = new ArrayList<Long>();
        for (int e = 0; e < 8; e++) {
            shared.add(event(PLACES.get(e % PLACES.size()), "2182-0" + (1 + e % 6) + "-15", "FOUND", "CC-" + e));
        }
        var barrier = new CyclicBarrier(writers);
        var done = new AtomicInteger();
        var failures = new ArrayList<Throwable>();
        var threads = new ArrayList<Thread>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            var t = new Thread(() -> {
                var random = new Random(2182 + writer);
                try {
                    barrier.await();
                    for (int i = 0; i < 40; i++) {
                        try (Connection c = dataSource.getConnection()) {
                            c.setAutoCommit(false);
                            try {
                                write(c, random, shared, categories, writer, i);
                                c.commit();
                                done.incrementAndGet();
                            } catch (SQLException e) {
                                // a deadlock or a deleted event: the whole transaction is undone, counts and all
                                c.rollback();
                            }
                        }
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (var t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(done.get()).as("transactions committed").isGreaterThan(writers * 20);
        countsMatchRecords("after concurrent writers");
        var targets = targets(2182, 2183);
        assertThat(computed(targets)).isEqualTo(fromRecords(targets)).isNotEmpty();
    }

    /** One writer's transaction of two statements on the shared events: items in, events moved, items out. */
    private static void write(Connection c, Random random, List<Long> shared, List<String> categories, int w, int i)
            throws SQLException {
        long a = shared.get(random.nextInt(shared.size()));
        long b = shared.get(random.nextInt(shared.size()));
        String[] sql = {
            "insert into weapon_item (event_id, item_key, category, marking_status) select ?, 'W" + w + "-" + i
                    + "-' || k, '" + categories.get(random.nextInt(categories.size()))
                    + "', 'UNMARKED' from generate_series(1, 3) k",
            "update arms_event set jurisdiction_code = '" + PLACES.get(random.nextInt(PLACES.size()))
                    + "', event_date = '2182-0" + (1 + random.nextInt(9)) + "-10', event_type = 'FOUND' where id = ?",
            "update weapon_item set event_id = " + b + " where id in (select id from weapon_item where event_id = ?"
                    + " order by id limit 1)",
            "update weapon_item set category = '" + categories.get(random.nextInt(categories.size()))
                    + "' where event_id = ?",
            "delete from weapon_item where id in (select id from weapon_item where event_id = ? order by id desc"
                    + " limit 2)"
        };
        for (int s = 0; s < 2; s++) {
            try (var st = c.prepareStatement(sql[random.nextInt(sql.length)])) {
                st.setLong(1, s == 0 ? a : b);
                st.executeUpdate();
            }
        }
    }

    @Test
    void aSavedWeaponShowsAtOnceToThoseWhoReadWorkingValuesAndNeverToThePublic() {
        // Working reports of RS and AL for 2184 (drafts: nothing published), and a record of each in 2184.
        for (String place : List.of("RS", "AL")) {
            jdbc.sql("""
                    insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                      period_start, period_end, state, created_at, created_by, updated_at)
                    select v.framework_id, v.id, ?, '2184', date '2184-01-01', date '2184-12-31', 'DRAFT', now(),
                           'counts-test', now()
                    from framework_version v join framework f on f.id = v.framework_id
                    where f.code = 'WB-SALW-ROADMAP' and v.version = '2030'""").param(place).update();
        }
        long rs = event("RS", "2184-05-03", "SEIZED", "CA-RS");
        long al = event("AL", "2184-06-03", "FOUND", "CA-AL");
        String item =
                "insert into weapon_item (event_id, item_key, category, marking_status) values (?, ?, ?, 'UNMARKED')";
        String category = categories().get(0);
        jdbc.sql(item).params(al, "A1", category).update();
        var secretariat = Http.api(port).basic("secretariat@demo", "demo");
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        var visitor = Http.api(port);
        assertThat(recovered(secretariat, "RS")).isEqualTo("0");
        assertThat(recovered(editor, "RS")).isEqualTo("0");
        jdbc.sql(item).params(rs, "R1", category).update();
        jdbc.sql(item).params(rs, "R2", category).update();
        assertThat(recovered(secretariat, "RS")).as("the next answer").isEqualTo("2");
        assertThat(recovered(editor, "RS")).isEqualTo("2");
        assertThat(recovered(secretariat, "AL")).isEqualTo("1");
        assertThat(recovered(editor, "AL"))
                .as("RS's editor may not read AL's working values")
                .isNull();
        assertThat(recovered(visitor, "RS")).as("records are never public").isNull();
        assertThat(recovered(visitor, "AL")).isNull();
        jdbc.sql("delete from arms_event where id = ?").param(rs).update();
        assertThat(recovered(secretariat, "RS"))
                .as("a deleted event takes its weapons along")
                .isEqualTo("0");
    }

    private static String recovered(Http http, String jurisdiction) {
        var res = http.get("/api/v1/analytics?framework=WB-SALW-ROADMAP&indicator=KPI-9&jurisdiction=" + jurisdiction
                + "&period=2184");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode rows = JsonMapper.builder().build().readTree(res.body());
        assertThat(rows).hasSize(1);
        JsonNode value = rows.get(0).get("value");
        return value.isNull() ? null : value.decimalValue().stripTrailingZeros().toPlainString();
    }
}
