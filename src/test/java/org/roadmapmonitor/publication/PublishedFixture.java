package org.roadmapmonitor.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.OpenPeriods;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes Serbia's reports of the Western Balkans Roadmap for the years this module's tests own (2113–2116)
 * through the API, as the commission and the secretariat do, and waits for publications.
 */
final class PublishedFixture {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FRAMEWORK = "WB-SALW-ROADMAP";

    private final int port;

    PublishedFixture(int port) {
        this.port = port;
    }

    Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    /**
     * Publishes RS's annual KPI report of {@code year} (each count indicator gets {@code base} plus its position,
     * each ratio 1/4) and its first semi-annual narrative report with {@code narrative} under G1; returns the
     * values by indicator code.
     */
    Map<String, String> publishSerbia(int year, int base, String narrative) {
        OpenPeriods.open(port, FRAMEWORK, String.valueOf(year), year + "S1");
        long kpi = create(String.valueOf(year));
        var values = JSON.createArrayNode();
        var byCode = new java.util.LinkedHashMap<String, String>();
        JsonNode doc = JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/" + FRAMEWORK + "/versions/2030")
                .body());
        int n = 0;
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                String code = i.get("code").asString();
                boolean reported =
                        !i.has("valueSource") || i.get("valueSource").asString().equals("REPORTED");
                if (i.path("valueSource").asString().equals("DERIVED")) {
                    continue; // computed from the evidence records, never typed
                }
                var v = values.addObject().put("indicator", code);
                switch (i.get("type").asString()) {
                    case "RATIO" -> v.put("numerator", "1").put("denominator", "4");
                    case "ORDINAL" ->
                        v.put("value", i.get("levels").get(0).get("value").asString());
                    case "YES_NO" -> v.put("value", "1");
                    case "PERCENTAGE" -> v.put("value", "50");
                    case "NARRATIVE" -> v.put("value", "Text");
                    default -> {
                        String value = String.valueOf(base + n);
                        v.put("value", value);
                        if (reported) {
                            byCode.put(code, value);
                        }
                        if (code.equals("KPI-5")) {
                            // Persons charged, by sex: the gender section's figures.
                            values.addObject()
                                    .put("indicator", code)
                                    .put("disaggregation", "sex=female")
                                    .put("value", "1");
                            values.addObject()
                                    .put("indicator", code)
                                    .put("disaggregation", "sex=male")
                                    .put("value", String.valueOf(base + n - 1));
                        }
                    }
                }
                n++;
            }
        }
        var editor = as("editor.rs@demo");
        var res = editor.put(
                "/api/v1/reports/" + kpi + "/values", JSON.writeValueAsString(values), "If-Match", etag(kpi));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        publish(kpi);

        publishNarrative(year + "S1", narrative);
        return byCode;
    }

    /** Publishes RS's narrative report of {@code period} (e.g. 2145S2) with {@code narrative} under G1. */
    void publishNarrative(String period, String narrative) {
        OpenPeriods.open(port, FRAMEWORK, period);
        long story = create(period);
        var narratives = JSON.createArrayNode();
        JsonNode doc = JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/" + FRAMEWORK + "/versions/2030")
                .body());
        for (JsonNode o : doc.get("objectives")) {
            String code = o.get("code").asString();
            narratives
                    .addObject()
                    .put("objective", code)
                    .put("progress", code.equals("G1") ? narrative : "Work went on.");
        }
        var res = as("editor.rs@demo")
                .put(
                        "/api/v1/reports/" + story + "/narratives",
                        JSON.writeValueAsString(narratives),
                        "If-Match",
                        etag(story));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        publish(story);
    }

    /** Corrects one published value of RS's report of {@code period}: reopened, changed and published again. */
    void correctSerbia(String period, String indicator, String value) {
        JsonNode list = JSON.readTree(as("editor.rs@demo")
                .get("/api/v1/reports?framework=" + FRAMEWORK + "&jurisdiction=RS&period=" + period)
                .body());
        assertThat(list.size()).as("RS reports of " + period).isEqualTo(1);
        long id = list.get(0).get("id").asLong();
        var secretariat = as("secretariat@demo");
        var reopened = secretariat.post(
                "/api/v1/reports/" + id + "/transitions", "{\"action\": \"REOPEN\", \"reason\": \"Corrected\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        var res = as("editor.rs@demo")
                .put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"" + indicator + "\", \"value\": \"" + value + "\"}]",
                        "If-Match",
                        etag(id));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        publish(id);
    }

    private long create(String period) {
        var res = as("editor.rs@demo")
                .post(
                        "/api/v1/reports",
                        "{\"framework\": \"" + FRAMEWORK + "\", \"jurisdiction\": \"RS\", \"period\": \"" + period
                                + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    private String etag(long id) {
        return as("editor.rs@demo")
                .get("/api/v1/reports/" + id)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    private void publish(long id) {
        transition(as("editor.rs@demo"), id, "SUBMIT");
        transition(as("approver.rs@demo"), id, "APPROVE");
        transition(as("secretariat@demo"), id, "VALIDATE");
        transition(as("secretariat@demo"), id, "PUBLISH");
    }

    private static void transition(Http http, long id, String action) {
        var res = http.post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"" + action + "\"}");
        assertThat(res.statusCode()).as(action + ": " + res.body()).isEqualTo(200);
    }

    /** Asks for a document and returns its id (202 expected). */
    long request(Http http, String body) {
        var res = http.post("/api/v1/publications", body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(res.body());
        assertThat(accepted.get("state").asString()).isEqualTo("QUEUED");
        return accepted.get("id").asLong();
    }

    /** Waits until the publication has finished and returns its last status. */
    JsonNode await(Http http, long id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            JsonNode status =
                    JSON.readTree(http.get("/api/v1/publications/" + id).body());
            String state = status.get("state").asString();
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return status;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("publication " + id + " did not finish");
    }

    byte[] file(Http http, long id) {
        var res = http.getBytes("/api/v1/publications/" + id + "/file");
        assertThat(res.statusCode()).isEqualTo(200);
        return res.body();
    }
}
