package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.evidence.internal.ImportStaging;
import org.roadmapmonitor.evidence.internal.ImportWorker;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Weapon-item files imported through the API on PostgreSQL: all or nothing, never twice, crash-safe. */
@IntegrationTest
class WeaponItemImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportStaging staging;

    @Autowired
    ImportWorker worker;

    @Autowired
    TransactionTemplate transactions;

    private Http secretariat() {
        return Http.api(port).basic("secretariat@demo", "demo");
    }

    private long weapons(String prefix) {
        return jdbc.sql("select count(*) from weapon_item w join arms_event e on e.id = w.event_id"
                        + " where e.event_ref like ?")
                .param(prefix + "-%")
                .query(Long.class)
                .single();
    }

    private JsonNode send(Http http, String csv) {
        var res = http.sendRaw("/api/v1/imports?type=weapon-items", "text/csv", csv);
        return accepted(res);
    }

    private static JsonNode accepted(java.net.http.HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        return JSON.readTree(res.body());
    }

    private JsonNode finished(Http http, long id, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (true) {
            var res = http.get("/api/v1/imports/" + id);
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            JsonNode job = JSON.readTree(res.body());
            String state = job.get("state").asString();
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return job;
            }
            assertThat(System.nanoTime()).as("job %d still %s", id, state).isLessThan(until);
            sleep(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFileOfValidRowsStoresEveryWeaponWithItsEvent() {
        var http = secretariat();
        JsonNode job = finished(
                http, send(http, WeaponItemFiles.csv("OK", 9, "RS")).get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("processed").asLong()).isEqualTo(9);
        assertThat(job.get("total").asLong()).isEqualTo(9);
        assertThat(weapons("OK")).isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from arms_event where event_ref like 'OK-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void oneBadRowStoresNothingAndEveryProblemIsListedWithItsLineAndColumn() {
        String csv = WeaponItemFiles.csv("BAD", 6, "RS")
                + "BAD-9,SEIZURE,,2023-02-30,RS,Police,PISTOL,,,,,,19x5,UNIQUELY_MARKED,,maybe,TRACED,true,\n"
                + "BAD-1,FOUND,,2023-01-15,RS,Customs,PISTOL,Zastava,RS,SNBAD3,M70,7.65mm,1985,UNMARKED,,false,"
                + "PENDING,false,\n";
        var http = secretariat();
        JsonNode job = finished(http, send(http, csv).get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(weapons("BAD")).isZero();
        var problems = new java.util.ArrayList<String>();
        job.get("errors")
                .forEach(e -> problems.add(e.get("row").asLong() + ":"
                        + e.get("column").asString() + ":" + e.get("message").asString()));
        assertThat(problems)
                .contains(
                        "8:event_type:\"SEIZURE\" is not allowed here: use one of SEIZED, FOUND, SURRENDERED.",
                        "8:event_date:\"2023-02-30\" is not a date written YYYY-MM-DD.",
                        "8:year_of_manufacture:\"19x5\" is not a year between 1300 and "
                                + java.time.Year.now().getValue() + ".",
                        "8:antique:\"maybe\" is neither true nor false.",
                        "8:origin_method:Say how the origin was established: TRACING or COMPETENT_AUTHORITY.",
                        "9:agency:\"Customs\" differs from \"Police\" on line 5 of the same event BAD-1.",
                        "9:serial_number:The serial number SNBAD3 of event BAD-1 already appears on line 5.");
        assertThat(job.get("errorCount").asLong()).isEqualTo(problems.size());
        assertThat(job.get("failure").asString()).contains("nothing was imported");

        var csvErrors = http.get("/api/v1/imports/" + job.get("id").asLong() + "/errors.csv");
        assertThat(csvErrors.statusCode()).isEqualTo(200);
        assertThat(csvErrors.body()).startsWith("row,column,message").contains("8,antique,");
    }

    @Test
    void theSameFileTwiceStoresEachWeaponOnce() {
        var http = secretariat();
        String csv = WeaponItemFiles.csv("TWICE", 12, "RS");
        assertThat(finished(http, send(http, csv).get("id").asLong(), Duration.ofSeconds(30))
                        .get("state")
                        .asString())
                .isEqualTo("SUCCEEDED");
        assertThat(finished(http, send(http, csv).get("id").asLong(), Duration.ofSeconds(30))
                        .get("state")
                        .asString())
                .isEqualTo("SUCCEEDED");
        assertThat(weapons("TWICE")).isEqualTo(12);
    }

    @Test
    void anIdempotencyKeyUsedAgainReturnsTheFirstJob() {
        var http = secretariat();
        String csv = WeaponItemFiles.csv("KEY", 3, "RS");
        long first = accepted(
                        http.sendRaw("/api/v1/imports?type=weapon-items", "text/csv", csv, "Idempotency-Key", "key-1"))
                .get("id")
                .asLong();
        long second = accepted(
                        http.sendRaw("/api/v1/imports?type=weapon-items", "text/csv", csv, "Idempotency-Key", "key-1"))
                .get("id")
                .asLong();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anEditorImportsOnlyForTheirOwnJurisdictionAndOthersCannotSeeTheJob() {
        var rs = Http.api(port).basic("editor.rs@demo", "demo");
        String csv = WeaponItemFiles.csv("SCOPE", 3, "RS") + WeaponItemFiles.row("SCOPE", 3, "XK") + "\n";
        long id = send(rs, csv).get("id").asLong();
        JsonNode job = finished(rs, id, Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors").get(0).get("row").asLong()).isEqualTo(5);
        assertThat(job.get("errors").get(0).get("message").asString())
                .isEqualTo("You do not import for jurisdiction XK.");
        assertThat(weapons("SCOPE")).isZero();
        assertThat(Http.api(port)
                        .basic("editor.xk@demo", "demo")
                        .get("/api/v1/imports/" + id)
                        .statusCode())
                .isEqualTo(404);
        assertThat(secretariat().get("/api/v1/imports/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aRowWithAnUnclosedQuoteIsRefusedAtOnceNamingItsLine() {
        String csv = WeaponItemFiles.csv("QUOTE", 3, "RS") + "QUOTE-9,FOUND,,2023-01-15,RS,\"Police,PISTOL\n";
        var res = secretariat().sendRaw("/api/v1/imports?type=weapon-items", "text/csv", csv);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        assertThat(res.body()).contains("row 5", "never closed");
        assertThat(weapons("QUOTE")).isZero();
    }

    @Test
    void quotedValuesWithCommasLineBreaksAndLowerCaseCodesAreStoredAsWritten() {
        String csv = WeaponItemFiles.HEADER + ",municipality\n"
                + "QUOTED-1,found,,2023-01-15,RS,\"Police, border unit\",pistol,\"Zastava \"\"Arms\"\"\",RS,"
                + "SNQ1,M70,7.65mm,1985,uniquely_marked,,FALSE,,,,\"Novi\nSad\"\n";
        var http = secretariat();
        JsonNode job = finished(http, send(http, csv).get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select e.agency || '|' || e.municipality || '|' || w.manufacturer || '|' || w.category"
                                + " from weapon_item w join arms_event e on e.id = w.event_id"
                                + " where e.event_ref = 'QUOTED-1'")
                        .query(String.class)
                        .single())
                .isEqualTo("Police, border unit|Novi\nSad|Zastava \"Arms\"|PISTOL");
    }

    @Test
    void eventFieldsWithBarsAndBackslashesAreStoredExactlyAndRowsThatSplitThemDifferentlyDisagree() {
        String header = "event_ref,event_type,event_date,jurisdiction,agency,municipality,category,marking_status\n";
        String agency = "Police | Border \\a\\b \\ unit";
        var http = secretariat();
        JsonNode job = finished(
                http,
                send(
                                http,
                                header + "BARS-1,FOUND,2023-01-15,RS," + agency + ",Novi|Sad,PISTOL,UNMARKED\n"
                                        + "BARS-1,FOUND,2023-01-15,RS," + agency + ",Novi|Sad,PISTOL,UNMARKED\n")
                        .get("id")
                        .asLong(),
                Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select agency || '/' || municipality from arms_event where event_ref = 'BARS-1'")
                        .query(String.class)
                        .single())
                .isEqualTo(agency + "/Novi|Sad");

        job = finished(
                http,
                send(
                                http,
                                header + "BARS-2,FOUND,2023-01-15,RS,A|B,,PISTOL,UNMARKED\n"
                                        + "BARS-2,FOUND,2023-01-15,RS,A,B,PISTOL,UNMARKED\n")
                        .get("id")
                        .asLong(),
                Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors")
                        .valueStream()
                        .map(e -> e.get("row").asLong() + ":" + e.get("column").asString())
                        .toList())
                .containsExactlyInAnyOrder("3:agency", "3:municipality");
    }

    @Test
    void aSerialNumberGivenTwiceInAnOtherwiseValidFileStoresNothingForANewEventOrAnExistingOne() {
        var http = secretariat();
        // Line 5 is event DUPSN-1's weapon SNDUPSN; line 8 gives it again.
        String valid = WeaponItemFiles.csv("DUPSN", 6, "RS").replace("SNDUPSN3,", "SNDUPSN,");
        String twice = "DUPSN-1,FOUND,,2023-02-15,RS,Police,PISTOL,Zastava,RS,SNDUPSN,M70,7.65mm,1985,"
                + "UNIQUELY_MARKED,,false,PENDING,false,\n";
        String expected = "8:serial_number:The serial number SNDUPSN of event DUPSN-1 already appears on line 5.";

        JsonNode job = finished(http, send(http, valid + twice).get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(problems(job)).containsExactly(expected);
        assertThat(weapons("DUPSN")).isZero();
        assertThat(jdbc.sql("select count(*) from arms_event where event_ref like 'DUPSN-%'")
                        .query(Long.class)
                        .single())
                .isZero();

        job = finished(http, send(http, valid).get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(weapons("DUPSN")).isEqualTo(6);

        job = finished(http, send(http, valid + twice).get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(problems(job)).containsExactly(expected);
        assertThat(weapons("DUPSN")).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from arms_event where event_ref like 'DUPSN-%' and import_job_id = ?")
                        .param(job.get("id").asLong())
                        .query(Long.class)
                        .single())
                .as("the events of the refused file are left as they were")
                .isZero();
    }

    private static java.util.List<String> problems(JsonNode job) {
        return job.get("errors")
                .valueStream()
                .map(e -> e.get("row").asLong() + ":" + e.get("column").asString() + ":"
                        + e.get("message").asString())
                .toList();
    }

    @Test
    void theCategoriesAWeaponMayHaveAreExactlyTheListedWeaponCategories() {
        String check = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint"
                        + " where conname = 'weapon_item_category_known'")
                .query(String.class)
                .single();
        var allowed = new java.util.TreeSet<String>();
        var m = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(check);
        while (m.find()) {
            allowed.add(m.group(1));
        }
        assertThat(allowed)
                .isEqualTo(new java.util.TreeSet<>(jdbc.sql("select code from weapon_category")
                        .query(String.class)
                        .list()));
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAtOnceNamingIt() {
        var res = secretariat()
                .sendRaw("/api/v1/imports?type=weapon-items", "text/csv", "event_ref,event_type\nX,FOUND\n");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("The column event_date is missing.", "row 1, column jurisdiction");
    }

    @Test
    void aRowWithTooManyFieldsIsRefusedAtOnceNamingItsLine() {
        String csv = WeaponItemFiles.csv("RAGGED", 3, "RS") + WeaponItemFiles.row("RAGGED", 3, "RS") + ",extra\n";
        var res = secretariat().sendRaw("/api/v1/imports?type=weapon-items", "text/csv", csv);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        assertThat(res.body()).contains("row 5");
        assertThat(weapons("RAGGED")).isZero();
    }

    @Test
    void aJobWhoseConnectionIsKilledMidMergeIsResumedAndStoresEveryRowOnce(@TempDir Path dir) {
        int rows = 300_000;
        var http = secretariat();
        long id = accepted(http.postFileBody(
                        "/api/v1/imports?type=weapon-items",
                        "text/csv",
                        WeaponItemFiles.large(dir, "KILL", rows, "ME")))
                .get("id")
                .asLong();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        boolean killed = false;
        while (!killed && System.nanoTime() < until) {
            killed = jdbc.sql("select coalesce(bool_or(pg_terminate_backend(pid)), false) from pg_stat_activity"
                            + " where application_name = ? and state = 'active'")
                    .param("evidence-import-" + id)
                    .query(Boolean.class)
                    .single();
            sleep(20);
        }
        assertThat(killed)
                .as("the job's connection was found running and killed")
                .isTrue();
        JsonNode job = finished(http, id, Duration.ofSeconds(180));
        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select attempts from evidence_import_job where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isGreaterThan(1);
        assertThat(weapons("KILL")).isEqualTo(rows);
    }

    @Test
    void aJobLeftRunningByADeadNodeIsResumedFromItsStagedFile() {
        var spec = worker.spec(RecordType.WEAPON_ITEMS);
        long id = transactions.execute(status -> {
            long staged = staging.stage(
                    spec,
                    new ImportStaging.Sender("secretariat@demo", null, false),
                    "dead.csv",
                    null,
                    new ByteArrayInputStream(
                            WeaponItemFiles.csv("DEAD", 30, "AL").getBytes(StandardCharsets.UTF_8)));
            jdbc.sql("update evidence_import_job set state = 'RUNNING', node = 'node-gone', attempts = 1,"
                            + " heartbeat_at = now() - interval '1 hour' where id = ?")
                    .param(staged)
                    .update();
            return staged;
        });
        JsonNode job = finished(secretariat(), id, Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(weapons("DEAD")).isEqualTo(30);
    }

    @Test
    void aJobStagedByAnEarlierVersionFailsAtOnceSayingToUploadAgainAndStoresNothing() {
        var spec = worker.spec(RecordType.WEAPON_ITEMS);
        long id = transactions.execute(status -> {
            long staged = staging.stage(
                    spec,
                    new ImportStaging.Sender("secretariat@demo", null, false),
                    "before-the-deploy.csv",
                    null,
                    new ByteArrayInputStream(
                            WeaponItemFiles.csv("EARLIER", 20, "AL").getBytes(StandardCharsets.UTF_8)));
            assertThat(jdbc.sql("select staging_layout from evidence_import_job where id = ?")
                            .param(staged)
                            .query(String.class)
                            .single())
                    .isEqualTo(spec.stagingLayout());
            // As an earlier version left it: its layout, or none at all before layouts were recorded.
            jdbc.sql("update evidence_import_job set staging_layout = '1:weapon-items:0' where id = ?")
                    .param(staged)
                    .update();
            return staged;
        });
        JsonNode job = finished(secretariat(), id, Duration.ofSeconds(30));
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("failure").asString())
                .isEqualTo("This file was staged by an earlier version of Roadmap Monitor, which was updated before the"
                        + " import could run; nothing was imported. Please upload the file again.");
        assertThat(job.get("errors")).isEmpty();
        assertThat(jdbc.sql("select attempts from evidence_import_job where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(weapons("EARLIER")).isZero();
        assertThat(jdbc.sql("select to_regclass('evidence_stage_" + id + "') is null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(JSON.readTree(secretariat()
                                .get("/api/v1/imports/" + id, "Accept-Language", "es")
                                .body())
                        .get("failure")
                        .asString())
                .startsWith("Este archivo fue preparado por una versión anterior");
    }
}
