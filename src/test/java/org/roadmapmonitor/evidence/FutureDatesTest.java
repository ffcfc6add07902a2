package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every date of a record says when something happened, so none may lie after today: the records API refuses
 * it with 422 naming the field, and an import names its row and column; nothing is stored either way.
 */
@IntegrationTest
class FutureDatesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOMORROW = LocalDate.now().plusDays(1).toString();
    private static final String TODAY = LocalDate.now().toString();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    /** Posts the record and expects it refused for a date after today at {@code field} alone. */
    private void refusedAt(String type, String body, String field) {
        var res = editor().post("/api/v1/evidence/" + type, body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(422);
        var problems = JSON.readTree(res.body()).get("problems");
        assertThat(problems.valueStream().map(p -> p.get("path").asString()).toList())
                .as(res.body())
                .containsExactly(field);
        assertThat(problems.get(0).get("message").asString()).isEqualTo("The date " + TOMORROW + " is in the future.");
    }

    private long created(String type, String body) {
        var res = editor().post("/api/v1/evidence/" + type, body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void anEventDatedTomorrowIsRefusedAndOneOfTodayIsNot() {
        String event = """
                {"jurisdiction": "RS", "eventRef": "FUT-EV-%s", "eventType": "FOUND", "eventDate": "%s"}""";
        refusedAt("arms-events", event.formatted(1, TOMORROW), "eventDate");
        assertThat(count("select count(*) from arms_event where event_ref = 'FUT-EV-1'"))
                .isZero();
        created("arms-events", event.formatted(2, TODAY));
    }

    @Test
    void aDestructionDatedTomorrowIsRefusedAndSoIsAWeaponDestroyedTomorrow() {
        refusedAt("destructions", """
                {"jurisdiction": "RS", "destructionRef": "FUT-DS-1", "destroyedOn": "%s", "method": "CUTTING"}""".formatted(TOMORROW), "destroyedOn");
        long event = created("arms-events", """
                {"jurisdiction": "RS", "eventRef": "FUT-EV-DS", "eventType": "FOUND", "eventDate": "2020-01-01"}""");
        refusedAt("weapon-items", """
                {"eventId": %d, "category": "PISTOL", "serialNumber": "FUT-SN-1", "markingStatus": "UNIQUELY_MARKED",
                 "disposition": "DESTROYED", "destroyedOn": "%s"}""".formatted(event, TOMORROW), "destroyedOn");
        assertThat(count("select count(*) from destruction where destruction_ref = 'FUT-DS-1'"))
                .isZero();
    }

    @Test
    void anIncidentDatedTomorrowIsRefused() {
        refusedAt("incidents", """
                {"jurisdiction": "RS", "incidentRef": "FUT-IN-1", "occurredOn": "%s", "incidentType": "CRIMINAL"}""".formatted(TOMORROW), "occurredOn");
        assertThat(count("select count(*) from incident where incident_ref = 'FUT-IN-1'"))
                .isZero();
    }

    @Test
    void aTrainingThatEndsTomorrowIsRefused() {
        refusedAt("trainings", """
                {"jurisdiction": "RS", "trainingRef": "FUT-TR-1", "title": "Tracing", "topic": "TRACING",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(TODAY, TOMORROW), "endedOn");
        assertThat(count("select count(*) from training where training_ref = 'FUT-TR-1'"))
                .isZero();
    }

    @Test
    void anInspectionDatedTomorrowIsRefusedWithTheSite() {
        refusedAt("stockpile-sites", """
                {"jurisdiction": "RS", "siteRef": "FUT-ST-1", "name": "Depot", "ownerAgency": "MoD",
                 "siteType": "WEAPONS",
                 "inspections": [{"inspectedOn": "%s", "inspector": "Team", "outcome": "COMPLIANT"}]}""".formatted(TOMORROW), "inspections[0].inspectedOn");
        assertThat(count("select count(*) from stockpile_site where site_ref = 'FUT-ST-1'"))
                .isZero();
    }

    @Test
    void aTracingRequestAnsweredTomorrowIsRefusedAndSoIsACorrectionToIt() {
        long event = created("arms-events", """
                {"jurisdiction": "RS", "eventRef": "FUT-EV-TR", "eventType": "FOUND", "eventDate": "2020-01-01"}""");
        long item = created("weapon-items", """
                {"eventId": %d, "category": "PISTOL", "serialNumber": "FUT-SN-2", "markingStatus": "UNIQUELY_MARKED"}""".formatted(event));
        String request = """
                {"weaponItemId": %d, "requestRef": "FUT-RQ-1", "scope": "NATIONAL", "channel": "NATIONAL_REGISTRY",
                 "requestingParty": "MoI", "requestedParty": "Register", "sentOn": "2020-02-01"%s}""";
        refusedAt("tracing-requests", request.formatted(item, ", \"answeredOn\": \"" + TOMORROW + "\""), "answeredOn");
        long id = created("tracing-requests", request.formatted(item, ""));
        var corrected = editor().put(
                        "/api/v1/evidence/tracing-requests/" + id,
                        request.formatted(item, "").replace("2020-02-01", TOMORROW),
                        "If-Match",
                        "\"1\"");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(422);
        assertThat(corrected.body()).contains("sentOn");
        assertThat(count("select count(*) from tracing_request where id = " + id + " and sent_on = '2020-02-01'"))
                .isEqualTo(1);
    }

    @Test
    void anImportNamesTheRowAndColumnOfEachDateAfterToday() {
        String csv = """
                event_ref,event_type,event_date,jurisdiction,category,serial_number,marking_status,disposition,destroyed_on
                FUT-IMP-1,FOUND,%s,RS,PISTOL,FUT-I-1,UNIQUELY_MARKED,STORED,
                FUT-IMP-2,FOUND,2020-01-01,RS,PISTOL,FUT-I-2,UNIQUELY_MARKED,DESTROYED,%s
                """.formatted(TOMORROW, TOMORROW);
        var http = Http.api(port).basic("secretariat@demo", "demo");
        var res = http.postFile("/api/v1/imports?type=weapon-items", "future.csv", csv.getBytes(), Map.of());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        JsonNode job = job(http, JSON.readTree(res.body()).get("id").asLong());
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors")
                        .valueStream()
                        .map(e -> e.get("row").asLong() + ":" + e.get("column").asString())
                        .toList())
                .containsExactlyInAnyOrder("2:event_date", "3:destroyed_on");
        assertThat(count("select count(*) from arms_event where event_ref like 'FUT-IMP-%'"))
                .isZero();
    }

    private static JsonNode job(Http http, long id) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job;
        do {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            job = JSON.readTree(http.get("/api/v1/imports/" + id).body());
        } while (!job.get("state").asString().matches("SUCCEEDED|FAILED") && System.nanoTime() < until);
        return job;
    }
}
