package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.analytics.internal.AnalyticsRevisions;
import org.roadmapmonitor.evidence.Measures;
import org.roadmapmonitor.support.DemoSettled;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The working view's revision (V86) names everything a reader of working values reads besides the definitions and
 * the published values, so the answers computed for such a reader can be kept under it: every table the working view
 * reads moves a revision; a transaction moves it once, as it commits, and one rolled back not at all; the
 * secretariat's answer is given again until a working value or a record moves, is never given to another reader,
 * and shows the move in the next answer. Year 2197 is this test's.
 */
@IntegrationTest
class WorkingRevisionTest {
    private static final String FW = "WB-SALW-ROADMAP";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnalyticsRevisions revisions;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void demoSettled() {
        DemoSettled.await(jdbc);
    }

    @AfterEach
    void removeThisTestsRows() {
        jdbc.sql("delete from weapon_item where event_id in (select id from arms_event where event_ref like 'WREV-%')")
                .update();
        jdbc.sql("delete from arms_event where event_ref like 'WREV-%'").update();
        jdbc.sql("delete from progress_report where created_by = 'working-revision-test'")
                .update();
    }

    private long working() {
        return revisions.of(FW).orElseThrow()[2];
    }

    @Test
    void everyTableTheWorkingViewReadsMovesARevision() throws Exception {
        // What VisibleValues.working, ReadableReports and ReportingCalendar read, and every table of Measures' SQL.
        Set<String> read = new TreeSet<>(List.of("data_value", "progress_report", "reporting_period"));
        for (Field f : Measures.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                TABLE.matcher((String) f.get(null)).results().forEach(m -> read.add(m.group(1)));
            }
        }
        var tables = new TreeSet<String>();
        for (String name : read) {
            boolean table = jdbc.sql("select to_regclass(?) is not null and exists (select 1 from pg_class c"
                            + " where c.oid = to_regclass(?) and c.relkind in ('r', 'p'))")
                    .params(name, name)
                    .query(Boolean.class)
                    .single();
            if (!table) {
                continue; // a name of the statement's own (t, lateral, unnest, …)
            }
            tables.add(name);
            List<String> triggers = jdbc.sql(
                            "select tgname from pg_trigger where tgrelid = to_regclass(?) and not tgisinternal")
                    .param(name)
                    .query(String.class)
                    .list();
            assertThat(triggers)
                    .as("the triggers of " + name + ": a write of it must move the working view's revision (V86) or"
                            + " the definitions' (V65)")
                    .containsAnyOf("working_written", "analytics_definitions");
        }
        assertThat(tables)
                .as("the tables found in Measures")
                .contains("weapon_item_count", "weapon_item", "arms_event", "destruction", "incident", "training");
    }

    @Test
    void aTransactionMovesItOnceAsItCommitsAndOneRolledBackNotAtAll() {
        var tx = new TransactionTemplate(transactions);
        long before = working();
        long txid = tx.execute(status -> {
            jdbc.sql("update progress_report set updated_at = updated_at where false")
                    .update();
            jdbc.sql("update training set started_on = started_on where false").update();
            long id = jdbc.sql("select pg_current_xact_id()::text::bigint")
                    .query(Long.class)
                    .single();
            assertThat(jdbc.sql("select count(*) from working_write where txid = ?::text::xid8")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .as("one note per transaction, however many statements")
                    .isEqualTo(1);
            return id;
        });
        assertThat(working()).as("moved as the transaction committed").isGreaterThan(before);
        assertThat(jdbc.sql("select count(*) from working_write where txid = ?::text::xid8")
                        .param(txid)
                        .query(Long.class)
                        .single())
                .as("the note is gone with the commit")
                .isZero();

        long rolledBack = tx.execute(status -> {
            jdbc.sql("update data_value set value = value where false").update();
            status.setRollbackOnly();
            return jdbc.sql("select pg_current_xact_id()::text::bigint")
                    .query(Long.class)
                    .single();
        });
        assertThat(jdbc.sql("select count(*) from working_write where txid = ?::text::xid8")
                        .param(rolledBack)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Autowired
    Analytics analytics;

    @Autowired
    org.roadmapmonitor.identity.internal.IdentityRepository users;

    /**
     * Read inside a transaction that writes, nothing is named: its own writes are in what it reads, but the working
     * revision moves only as it commits, and a published one it moved may still roll back.
     */
    @Test
    void nothingReadInATransactionThatWritesIsNamed() {
        var query = AnalyticsQuery.parse(FW, "KPI-5", "RS", "2197", null);
        var tx = new TransactionTemplate(transactions);
        var user = users.findUser("secretariat@demo", false).orElseThrow();
        for (boolean secretariat : List.of(true, false)) {
            SecurityContextHolder.clearContext();
            if (secretariat) {
                SecurityContextHolder.getContext()
                        .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
            }
            try {
                Optional<Object> outside = analytics.answer(query, name -> null, (name, rows) -> name);
                assertThat(outside).as("named outside a transaction").isPresent();
                assertThat(Analytics.readsWorking(outside.get())).isEqualTo(secretariat);
                Optional<Object> inside =
                        tx.execute(status -> analytics.answer(query, name -> null, (name, rows) -> name));
                assertThat(inside)
                        .as("secretariat %s: inside a transaction that may write", secretariat)
                        .isEmpty();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private JsonNode row(Http who, String indicator) {
        var res = who.get(
                "/api/v1/analytics?framework=" + FW + "&indicator=" + indicator + "&jurisdiction=RS&period=2197");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode rows = JSON.readTree(res.body());
        assertThat(rows.size()).as(res.body()).isEqualTo(1);
        return rows.get(0);
    }

    @Test
    void theSecretariatsAnswerIsKeptUntilAWorkingValueOrARecordMovesAndNeverGivenToAnotherReader() {
        long report = jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at)
                select v.framework_id, v.id, 'RS', '2197', date '2197-01-01', date '2197-12-31', 'DRAFT', now(),
                       'working-revision-test', now()
                from framework_version v join framework f on f.id = v.framework_id
                where f.code = ? and v.version = '2030'
                returning id""").param(FW).query(Long.class).single();
        jdbc.sql("""
                insert into data_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                  period_end, disaggregation_key, value, updated_at, updated_by, report_revision)
                select r.id, i.id, r.jurisdiction_code, r.period_code, r.period_start, r.period_end, '', 11, now(),
                       'working-revision-test', 1
                from progress_report r join indicator i on i.framework_version_id = r.framework_version_id
                where r.id = ? and i.code = 'KPI-5'""").param(report).update();
        var secretariat = Http.api(port).basic("secretariat@demo", "demo");
        var otherJurisdiction = Http.api(port).basic("editor.xk@demo", "demo");
        var visitor = Http.api(port);

        JsonNode first = row(secretariat, "KPI-5");
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("11");
        assertThat(first.get("working").asBoolean()).isTrue();
        var computed = StatementCounter.counts(() -> {
            jdbc.sql("update data_value set value = 11 where report_id = ?")
                    .param(report)
                    .update(); // the same value, but a write: the next answer is computed again
            assertThat(row(secretariat, "KPI-5").get("value").decimalValue()).isEqualByComparingTo("11");
        });
        var kept = StatementCounter.counts(
                () -> assertThat(row(secretariat, "KPI-5").get("value").decimalValue())
                        .isEqualByComparingTo("11"));
        assertThat(kept.statements())
                .as(
                        "given again: signing in and one statement for the revisions (%s), against %s computed",
                        kept, computed)
                .isLessThan(computed.statements() - 1);

        assertThat(row(otherJurisdiction, "KPI-5").get("value").isNull())
                .as("another jurisdiction never gets the secretariat's answer")
                .isTrue();
        assertThat(row(visitor, "KPI-5").get("value").isNull())
                .as("nor the public")
                .isTrue();

        jdbc.sql("update data_value set value = 12 where report_id = ?")
                .param(report)
                .update();
        assertThat(row(secretariat, "KPI-5").get("value").decimalValue())
                .as("a working value changed by plain SQL is in the next answer")
                .isEqualByComparingTo("12");

        // KPI-9 counts the weapons recovered, from the records: 0 for a report without any.
        assertThat(row(secretariat, "KPI-9").get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(row(secretariat, "KPI-9").get("value").decimalValue()).isEqualByComparingTo("0");
        long event = jdbc.sql("""
                insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date,
                                        agency, updated_by)
                values ('RS', 'WREV-2197-1', 'SEIZED', true, '2197-05-01', 'Police', 'editor.rs@demo')
                returning id""").query(Long.class).single();
        var saved = Http.api(port).basic("editor.rs@demo", "demo").post("/api/v1/evidence/weapon-items", """
                        {"eventId": %d, "category": "PISTOL", "serialNumber": "WREV-SN-1",
                         "markingStatus": "UNIQUELY_MARKED", "tracingStatus": "PENDING"}""".formatted(
                        event));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(row(secretariat, "KPI-9").get("value").decimalValue())
                .as("a record saved is in the next answer")
                .isEqualByComparingTo("1");
    }
}
