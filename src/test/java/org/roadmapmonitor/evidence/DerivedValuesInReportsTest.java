package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report's derived KPI (WB KPI-6 = SDG 16.4.2) is computed from the records when the report is submitted,
 * is never asked of the editor, and is frozen at validation: records corrected later do not move it.
 */
@IntegrationTest
class DerivedValuesInReportsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "event_ref,event_type,criminal_offence,event_date,jurisdiction,category,"
            + "serial_number,marking_status,tracing_status,origin_established,origin_method\n";

    @LocalServerPort
    int port;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    private void importWeapons(String rows) throws InterruptedException {
        var res = as("secretariat@demo").sendRaw("/api/v1/imports?type=weapon-items", "text/csv", HEADER + rows);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!as("secretariat@demo").get("/api/v1/imports/" + id).body().contains("SUCCEEDED")) {
            assertThat(System.nanoTime()).isLessThan(until);
            Thread.sleep(200);
        }
    }

    private JsonNode kpi6(long report) {
        JsonNode r = JSON.readTree(
                as("secretariat@demo").get("/api/v1/reports/" + report).body());
        for (JsonNode v : r.get("values")) {
            if (v.get("indicator").asString().equals("KPI-6")
                    && v.get("disaggregation").isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String etag(Http http, long id) {
        return http.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow();
    }

    private void transition(Http http, long id, String action) {
        var res = http.post(
                "/api/v1/reports/" + id + "/transitions",
                "{\"action\": \"" + action + "\"}",
                "If-Match",
                etag(http, id));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    @Test
    void kpi6IsComputedAtSubmissionAndFrozenAtValidation() throws InterruptedException {
        importWeapons("""
                RS-R1,SEIZED,true,2016-03-01,RS,PISTOL,R1,UNIQUELY_MARKED,TRACED,true,TRACING
                RS-R1,SEIZED,true,2016-03-01,RS,PISTOL,R2,UNIQUELY_MARKED,PENDING,false,
                """);
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2016");
        var created = as("editor.rs@demo").post("/api/v1/reports", """
                {"framework": "WB-SALW-ROADMAP", "jurisdiction": "RS", "period": "2016"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(created.body());
        long id = report.get("id").asLong();
        fillTypedValues(port, id);

        transition(as("editor.rs@demo"), id, "SUBMIT");
        transition(as("approver.rs@demo"), id, "APPROVE");
        assertThat(new BigDecimal(kpi6(id).get("numerator").asString())).isEqualByComparingTo("1");
        assertThat(new BigDecimal(kpi6(id).get("denominator").asString())).isEqualByComparingTo("2");

        transition(as("secretariat@demo"), id, "VALIDATE");
        importWeapons("RS-R2,FOUND,,2016-04-01,RS,RIFLE,R3,UNIQUELY_MARKED,TRACED,true,TRACING\n");
        assertThat(new BigDecimal(kpi6(id).get("denominator").asString())).isEqualByComparingTo("2");
        JsonNode now = JSON.readTree(as("secretariat@demo")
                .get("/api/v1/indicators/WB-SALW-ROADMAP/KPI-6/values?jurisdiction=RS&period=2016")
                .body());
        assertThat(now.get("values").get(0).get("denominator").decimalValue()).isEqualByComparingTo("3");
    }

    /** Every typed indicator of the report's version gets a value; derived ones are left to the records. */
    static void fillTypedValues(int port, long id) {
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        String version = JSON.readTree(editor.get("/api/v1/reports/" + id).body())
                .at("/report/version")
                .asString();
        JsonNode doc = JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/" + version)
                .body());
        var values = JSON.createArrayNode();
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if ("DERIVED".equals(i.path("valueSource").asString())) {
                    continue;
                }
                var v = values.addObject().put("indicator", i.get("code").asString());
                switch (i.get("type").asString()) {
                    case "RATIO" -> v.put("numerator", "1").put("denominator", "2");
                    case "ORDINAL" ->
                        v.put("value", i.get("levels").get(0).get("value").asString());
                    case "YES_NO" -> v.put("value", "1");
                    case "PERCENTAGE" -> v.put("value", "50");
                    case "NARRATIVE" -> v.put("value", "Text");
                    default -> v.put("value", "10");
                }
            }
        }
        var res = editor.put(
                "/api/v1/reports/" + id + "/values", JSON.writeValueAsString(values), "If-Match", etag(editor, id));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }
}
