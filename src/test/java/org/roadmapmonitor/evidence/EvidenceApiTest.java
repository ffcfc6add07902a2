package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Evidence records one by one through the API: scoped like reports, never public, validated, audited. */
@IntegrationTest
class EvidenceApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    private JsonNode created(java.net.http.HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body());
    }

    @Test
    void anEditorRecordsAndCorrectsTheirOwnEventsWhichNoOtherJurisdictionCanSee() {
        var rs = as("editor.rs@demo");
        JsonNode event = created(rs.post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "RS", "eventRef": "API-EV-1", "eventType": "SEIZED", "criminalOffence": true,
                 "eventDate": "2017-04-01", "agency": "Police", "municipality": "Kragujevac"}"""));
        long id = event.get("id").asLong();
        String path = "/api/v1/evidence/arms-events/" + id;

        assertThat(as("editor.xk@demo").get(path).statusCode()).isEqualTo(404);
        assertThat(Http.api(port).get(path).statusCode()).isEqualTo(403);
        assertThat(as("approver.rs@demo").get(path).statusCode()).isEqualTo(200);
        assertThat(as("approver.rs@demo")
                        .put(
                                path,
                                "{\"eventRef\": \"API-EV-1\", \"eventType\": \"FOUND\", \"eventDate\": \"2017-04-01\"}",
                                "If-Match",
                                "\"1\"")
                        .statusCode())
                .isEqualTo(403);
        assertThat(as("editor.xk@demo")
                        .put(
                                path,
                                "{\"eventRef\": \"API-EV-1\", \"eventType\": \"FOUND\", \"eventDate\": \"2017-04-01\"}",
                                "If-Match",
                                "\"1\"")
                        .statusCode())
                .isEqualTo(404);

        String etag = rs.get(path).headers().firstValue("ETag").orElseThrow();
        var corrected = rs.put(path, """
                {"eventRef": "API-EV-1", "eventType": "FOUND", "eventDate": "2017-04-02", "agency": "Police"}""", "If-Match", etag);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(JSON.readTree(corrected.body()).get("eventType").asString()).isEqualTo("FOUND");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'evidence.arms-events'"
                                + " and entity_id = ? and actor = 'editor.rs@demo'")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        JsonNode item = created(rs.post("/api/v1/evidence/weapon-items", """
                {"eventId": %d, "category": "PISTOL", "serialNumber": "API-SN-1", "markingStatus": "UNIQUELY_MARKED",
                 "tracingStatus": "TRACED", "originEstablished": true, "originMethod": "TRACING"}""".formatted(id)));
        assertThat(item.get("jurisdiction").asString()).isEqualTo("RS");
        assertThat(as("editor.xk@demo")
                        .post("/api/v1/evidence/weapon-items", """
                                {"eventId": %d, "category": "PISTOL", "markingStatus": "UNMARKED"}""".formatted(id))
                        .statusCode())
                .isEqualTo(422);

        var list = JSON.readTree(rs.get("/api/v1/evidence/weapon-items?jurisdiction=RS&from=2017-04-01&to=2017-04-30")
                .body());
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("records").get(0).get("serialNumber").asString()).isEqualTo("API-SN-1");
        assertThat(JSON.readTree(as("editor.xk@demo")
                                .get("/api/v1/evidence/weapon-items?from=2017-04-01&to=2017-04-30")
                                .body())
                        .get("total")
                        .asLong())
                .isZero();

        assertThat(rs.send(
                                "DELETE",
                                path,
                                null,
                                "If-Match",
                                corrected.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .isEqualTo(204);
        assertThat(rs.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void anIncidentKeepsItsVictimsPerpetratorsAndWeaponsIncludingUnknownSex() {
        JsonNode incident = created(as("secretariat@demo").post("/api/v1/evidence/incidents", """
                {"jurisdiction": "ME", "incidentRef": "API-INC-1", "occurredOn": "2022-07-04",
                 "incidentType": "DOMESTIC_VIOLENCE", "context": "INTIMATE_PARTNER", "settlementType": "URBAN",
                 "persons": [{"role": "VICTIM", "sex": "FEMALE", "ageGroup": "36-60", "outcome": "INJURED"},
                             {"role": "PERPETRATOR", "sex": "UNKNOWN", "ageGroup": "UNKNOWN"}],
                 "weapons": [{"weaponType": "HANDGUN", "count": 1, "legalStatus": "ILLEGAL_POSSESSION"}]}"""));
        assertThat(incident.get("persons")).hasSize(2);
        assertThat(incident.get("persons").get(1).get("sex").asString()).isEqualTo("UNKNOWN");
        assertThat(incident.get("weapons").get(0).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void everyProblemOfARecordIsNamedAndNothingIsStored() {
        var res = as("secretariat@demo").post("/api/v1/evidence/trainings", """
                {"jurisdiction": "WB", "title": "Tracing", "topic": "JUGGLING", "startedOn": "2022-13-01",
                 "endedOn": "2022-01-02", "participantsFemale": -1, "colour": "red"}""");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(422);
        assertThat(res.body())
                .contains("\"path\":\"trainingRef\"", "\"path\":\"topic\"", "\"path\":\"startedOn\"")
                .contains("\"path\":\"participantsFemale\"", "\"path\":\"colour\"", "WB is a region");
        assertThat(as("secretariat@demo").get("/api/v1/evidence/nothing").statusCode())
                .isEqualTo(400);
    }
}
