package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The secretariat sets a framework's tracing response time on its page and through the API; overdue follows. */
@IntegrationTest
class TracingResponseTimeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API = "/api/v1/frameworks/WB-SALW-ROADMAP/tracing-response-time";
    private static final String PAGE = "/frameworks/WB-SALW-ROADMAP/tracing-response-time";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void backToTheDefault() {
        jdbc.sql("delete from tracing_response_time where framework_code = 'WB-SALW-ROADMAP'")
                .update();
    }

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    private long created(java.net.http.HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    @Test
    void theSecretariatSetsItThroughTheApiWithIfMatchValidatedAndAudited() {
        var secretariat = as("secretariat@demo");
        var read = secretariat.get(API);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(read.body());
        assertThat(body.get("days").isNull()).isTrue();
        assertThat(body.get("effectiveDays").asInt()).isEqualTo(30);
        assertThat(read.headers().firstValue("ETag")).contains("\"0\"");

        assertThat(secretariat.put(API, "{\"days\": 45}").statusCode()).isEqualTo(428);
        var refused = secretariat.put(API, "{\"days\": 0}", "If-Match", "\"0\"");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body())
                        .get("problems")
                        .get(0)
                        .get("path")
                        .asString())
                .isEqualTo("days");
        assertThat(refused.body()).contains("from 1 to 3650; 0 is not");
        assertThat(as("editor.rs@demo")
                        .put(API, "{\"days\": 45}", "If-Match", "\"0\"")
                        .statusCode())
                .isEqualTo(403);
        assertThat(secretariat.get(API).body()).contains("\"days\":null");

        var set = secretariat.put(API, "{\"days\": 45}", "If-Match", "\"0\"");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(JSON.readTree(set.body()).get("effectiveDays").asInt()).isEqualTo(45);
        assertThat(set.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(secretariat.put(API, "{\"days\": 50}", "If-Match", "\"0\"").statusCode())
                .as("a writer who read revision 0 would overwrite the 45 days")
                .isEqualTo(412);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_type = 'evidence.tracing-response-time'"
                                        + " and entity_id = 'WB-SALW-ROADMAP' and actor = 'secretariat@demo'"
                                        + " and summary_key = 'audit.summary.tracingResponseTime'"
                                        + " and summary_args = '[\"WB-SALW-ROADMAP\", \"45\"]'::jsonb and after_state = '45'::jsonb")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var cleared = secretariat.put(API, "{\"days\": null}", "If-Match", "\"1\"");
        assertThat(JSON.readTree(cleared.body()).get("effectiveDays").asInt()).isEqualTo(30);
        assertThat(cleared.headers().firstValue("ETag")).contains("\"2\"");
    }

    @Test
    void theSecretariatSetsItOnThePageAndTheRecordPageShowsTheRuleItFlagsBy() {
        var editor = as("editor.rs@demo");
        long event = created(editor.post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "RS", "eventRef": "RT-EV-1", "eventType": "FOUND", "eventDate": "2019-05-01"}"""));
        long item = created(editor.post("/api/v1/evidence/weapon-items", """
                {"eventId": %d, "category": "PISTOL", "serialNumber": "RT-SN-1", "markingStatus": "UNIQUELY_MARKED"}""".formatted(event)));
        long request = created(editor.post("/api/v1/evidence/tracing-requests", """
                {"weaponItemId": %d, "requestRef": "RT-TR-1", "scope": "NATIONAL", "channel": "NATIONAL_REGISTRY",
                 "requestingParty": "MoI", "requestedParty": "Register", "sentOn": "2019-05-10"}""".formatted(item)));

        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        String page = secretariat.get(PAGE).body();
        assertThat(page).contains("30 days: the default").contains("name=\"days\"");
        var refused = secretariat.submit(PAGE, PAGE, Map.of("days", "ten", "revision", "0"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("from 1 to 3650; ten is not");
        var saved = secretariat.submit(PAGE, PAGE, Map.of("days", "3650", "revision", "0"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(secretariat.get(PAGE).body()).contains("3650 days, set by the secretariat");
        assertThat(secretariat
                        .submit(PAGE, PAGE, Map.of("days", "20", "revision", "0"))
                        .statusCode())
                .as("a form read before the last change is refused")
                .isEqualTo(409);

        var reader = Http.browser(port);
        reader.signIn("editor.rs@demo", "demo");
        assertThat(reader.get(PAGE).body()).contains("3650 days").doesNotContain("name=\"days\"");
        assertThat(reader.get("/evidence/records/tracing-requests/" + request).body())
                .contains("Answer due by 2029-05-07")
                .contains("Response time: 3650 days, set for WB-SALW-ROADMAP.");
        assertThat(reader.get("/evidence/records/tracing-requests?jurisdiction=RS&from=2019-05-10&to=2019-05-10")
                        .body())
                .contains("within 3650 days (WB-SALW-ROADMAP)");
    }
}
