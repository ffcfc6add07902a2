package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
 * A record is corrected on its page through the same rules as the API, and tracing requests still waiting
 * for an answer are flagged once their framework's response time (or the default) has passed.
 */
@IntegrationTest
class RecordPagesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    private long created(java.net.http.HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    private long event(String ref, String date) {
        return created(editor().post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "RS", "eventRef": "%s", "eventType": "FOUND", "eventDate": "%s", "agency": "Police"}""".formatted(ref, date)));
    }

    @Test
    void anEditorCorrectsARecordOnItsPageAndABadValueChangesNothing() {
        long id = event("PAGE-EV-1", "2019-02-03");
        var browser = Http.browser(port);
        browser.signIn("editor.rs@demo", "demo");
        String path = "/evidence/records/arms-events/" + id;
        String page = browser.get(path).body();
        assertThat(page).contains("value=\"PAGE-EV-1\"", "value=\"2019-02-03\"", "name=\"revision\" value=\"1\"");

        var fields = new LinkedHashMap<String, String>(Map.of(
                "f_eventRef", "PAGE-EV-1",
                "f_eventType", "FOUND",
                "f_eventDate", "2019-02-04",
                "f_agency", "Border police",
                "revision", "1"));
        var saved = browser.submit(path, path, fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode after =
                JSON.readTree(editor().get("/api/v1/evidence/arms-events/" + id).body());
        assertThat(after.get("agency").asString()).isEqualTo("Border police");
        assertThat(after.get("eventDate").asString()).isEqualTo("2019-02-04");

        fields.put("revision", "2");
        fields.put("f_eventDate", "2019-02-31");
        fields.put("f_agency", "Customs");
        var refused = browser.submit(path, path, fields);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("is not a date written YYYY-MM-DD");
        assertThat(JSON.readTree(editor().get("/api/v1/evidence/arms-events/" + id)
                                .body())
                        .get("agency")
                        .asString())
                .isEqualTo("Border police");

        var other = Http.browser(port);
        other.signIn("editor.xk@demo", "demo");
        assertThat(other.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void aFormOpenedBeforeSomeoneElsesCorrectionComesBackSayingSoAndOverwritesNothing() {
        long id = event("EVFIX-PAGE-1", "1963-05-06");
        String path = "/evidence/records/arms-events/" + id;
        var browser = Http.browser(port);
        browser.signIn("editor.rs@demo", "demo");
        assertThat(browser.get(path).body()).contains("name=\"revision\" value=\"1\"");

        String etag = editor().get("/api/v1/evidence/arms-events/" + id)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        var theirs = editor().put("/api/v1/evidence/arms-events/" + id, """
                {"jurisdiction": "RS", "eventRef": "EVFIX-PAGE-1", "eventType": "FOUND", "eventDate": "1963-05-06",
                 "agency": "Their agency"}""", "If-Match", etag);
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);

        var mine = browser.submit(
                path,
                path,
                Map.of(
                        "f_eventRef", "EVFIX-PAGE-1",
                        "f_eventType", "FOUND",
                        "f_eventDate", "1963-05-06",
                        "f_agency", "My agency",
                        "revision", "1"));
        assertThat(mine.statusCode()).isEqualTo(409);
        assertThat(mine.body()).contains("was changed by someone else since you opened it");
        assertThat(JSON.readTree(editor().get("/api/v1/evidence/arms-events/" + id)
                                .body())
                        .get("agency")
                        .asString())
                .isEqualTo("Their agency");
        assertThat(browser.get(path).body()).contains("name=\"revision\" value=\"2\"", "value=\"Their agency\"");

        var french = Http.browser(port);
        french.signIn("editor.rs@demo", "demo");
        french.get("/?lang=fr");
        var refused = french.submit(path, path, Map.of("f_eventRef", "EVFIX-PAGE-1", "revision", "1"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("a été modifié par quelqu");
    }

    @Test
    void unansweredTracingRequestsAreFlaggedOnceTheirResponseTimeHasPassed() {
        long event = event("PAGE-TR-1", "2019-03-01");
        long item = created(editor().post("/api/v1/evidence/weapon-items", """
                {"eventId": %d, "category": "PISTOL", "serialNumber": "PAGE-SN-1", "markingStatus": "UNIQUELY_MARKED"}""".formatted(event)));
        String request = """
                {"weaponItemId": %d, "requestRef": "%s", "scope": "NATIONAL", "channel": "NATIONAL_REGISTRY",
                 "requestingParty": "MoI", "requestedParty": "Register", "sentOn": "2019-03-10"%s}""";
        long waiting =
                created(editor().post("/api/v1/evidence/tracing-requests", request.formatted(item, "PAGE-TR-A", "")));
        long answered = created(editor().post(
                        "/api/v1/evidence/tracing-requests",
                        request.formatted(
                                item, "PAGE-TR-B", ", \"answeredOn\": \"2019-03-20\", \"outcome\": \"TRACED\"")));

        var browser = Http.browser(port);
        browser.signIn("editor.rs@demo", "demo");
        String list = browser.get("/evidence/records/tracing-requests?jurisdiction=RS&from=2019-03-10&to=2019-03-10")
                .body();
        assertThat(list).contains("Overdue: the answer was due by 2019-04-09");
        assertThat(browser.get("/evidence/records/tracing-requests/" + answered).body())
                .doesNotContain("Overdue", "Answer due by");

        jdbc.sql("insert into tracing_response_time (framework_code, days) values ('WB-SALW-ROADMAP', 3650)")
                .update();
        try {
            assertThat(browser.get("/evidence/records/tracing-requests/" + waiting)
                            .body())
                    .contains("Answer due by 2029-03-07")
                    .doesNotContain("Overdue");
        } finally {
            jdbc.sql("delete from tracing_response_time where framework_code = 'WB-SALW-ROADMAP'")
                    .update();
        }
    }
}
