package org.roadmapmonitor.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Activity progress is part of the jurisdiction's periodic report: filled while the report is open, required
 * at submission, frozen at publication, hidden from others while a draft, and when returned reopened only for
 * the objectives the reviewer flagged. On real PostgreSQL through the real server.
 */
@IntegrationTest
class ReportActivitiesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] OBJECTIVES = {"G1", "G2", "G3", "G4", "G5", "G6", "G7"};

    @LocalServerPort
    int port;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    @Test
    void progressTravelsWithTheReportFromDraftToPublicationAndStaysFrozenWhenReopened() {
        long activity = rsActivity("G1", "2125-01-01", "2125-12-31");
        long report = narrativeReport("2125S1");
        var editor = as("editor.rs@demo");

        JsonNode section = read(editor, report);
        assertThat(section.get("workingCopy").asBoolean()).isTrue();
        JsonNode line = line(section, activity);
        assertThat(line.get("status").isNull()).isTrue();
        assertThat(line.get("editable").asBoolean()).isTrue();
        assertThat(Http.api(port)
                        .get("/api/v1/reports/" + report + "/activities")
                        .statusCode())
                .as("a draft's activities are not public")
                .isEqualTo(404);
        assertThat(as("editor.xk@demo")
                        .get("/api/v1/reports/" + report + "/activities")
                        .statusCode())
                .as("nor shown to another jurisdiction")
                .isEqualTo(404);

        var refused = editor.post("/api/v1/reports/" + report + "/transitions", "{\"action\": \"SUBMIT\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("activities." + activity).contains("Rebuild the evidence room (2125)");

        put(
                editor,
                report,
                "[{\"activity\": " + activity + ", \"status\": \"ONGOING\", \"percent\": 40, \"note\": \"Half way\"}]",
                200);
        transition(editor, report, "{\"action\": \"SUBMIT\"}");
        transition(as("approver.rs@demo"), report, "{\"action\": \"APPROVE\"}");
        put(editor, report, "[{\"activity\": " + activity + ", \"status\": \"COMPLETED\"}]", 403);
        var sec = as("secretariat@demo");
        transition(sec, report, "{\"action\": \"VALIDATE\"}");
        transition(sec, report, "{\"action\": \"PUBLISH\"}");

        JsonNode published = read(Http.api(port), report);
        assertThat(published.get("workingCopy").asBoolean()).isFalse();
        assertThat(line(published, activity).get("status").asString()).isEqualTo("ONGOING");
        assertThat(line(published, activity).get("percent").asInt()).isEqualTo(40);

        transition(sec, report, "{\"action\": \"REOPEN\", \"reason\": \"Late figures\"}");
        put(editor, report, "[{\"activity\": " + activity + ", \"status\": \"COMPLETED\", \"percent\": 100}]", 200);
        assertThat(line(read(editor, report), activity).get("status").asString())
                .isEqualTo("COMPLETED");
        assertThat(line(read(Http.api(port), report), activity).get("status").asString())
                .as("the public keeps the published copy while the report is corrected")
                .isEqualTo("ONGOING");
    }

    @Test
    void aReturnReopensOnlyTheActivitiesOfFlaggedObjectives() {
        long g2 = rsActivity("G2", "2126-01-01", "2126-06-30");
        long g5 = rsActivity("G5", "2126-01-01", "2126-06-30");
        long report = narrativeReport("2126S1");
        var editor = as("editor.rs@demo");
        put(
                editor,
                report,
                "[{\"activity\": " + g2 + ", \"status\": \"PLANNED\"}, {\"activity\": " + g5
                        + ", \"status\": \"ONGOING\"}]",
                200);
        transition(editor, report, "{\"action\": \"SUBMIT\"}");
        transition(as("approver.rs@demo"), report, "{\"action\": \"APPROVE\"}");
        transition(
                as("secretariat@demo"),
                report,
                "{\"action\": \"RETURN\", \"reason\": \"G2 is late\", \"flagged\": [{\"objective\": \"G2\"}]}");

        JsonNode section = read(editor, report);
        assertThat(line(section, g2).get("editable").asBoolean()).isTrue();
        assertThat(line(section, g5).get("editable").asBoolean()).isFalse();
        var refused = editor.put(
                "/api/v1/reports/" + report + "/activities",
                "[{\"activity\": " + g5 + ", \"status\": \"COMPLETED\"}]",
                "If-Match",
                etag(editor, report));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("activities[0].status");
        put(editor, report, "[{\"activity\": " + g2 + ", \"status\": \"DELAYED\", \"note\": \"Tender failed\"}]", 200);
        assertThat(line(read(editor, report), g2).get("status").asString()).isEqualTo("DELAYED");
        assertThat(line(read(editor, report), g5).get("status").asString()).isEqualTo("ONGOING");

        long late = rsActivity("G6", "2126-03-01", "2126-04-30");
        assertThat(line(read(editor, report), late).get("editable").asBoolean())
                .as("an activity added to the plan after submission can still be reported")
                .isTrue();
        put(editor, report, "[{\"activity\": " + late + ", \"status\": \"ONGOING\"}]", 200);
        // The return flagged G2's narrative: correcting it (with its activity) sends the report back.
        var narrative = editor.put(
                "/api/v1/reports/" + report + "/narratives",
                "[{\"objective\": \"G2\", \"progress\": \"The tender failed; a new one opens in May.\"}]",
                "If-Match",
                editor.get("/api/v1/reports/" + report)
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow());
        assertThat(narrative.statusCode()).as(narrative.body()).isEqualTo(200);
        transition(editor, report, "{\"action\": \"SUBMIT\"}");
    }

    @Test
    void theReportPageLinksToTheSectionForItsOwnPeople() {
        rsActivity("G3", "2127-01-01", "2127-12-31");
        long report = narrativeReport("2127S1");
        var browser = Http.browser(port);
        browser.signIn("editor.rs@demo", "demo");
        assertThat(browser.get("/reports/" + report).body()).contains("/reports/" + report + "/activities");
        var page = browser.get("/reports/" + report + "/activities");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Rebuild the evidence room (2127)")
                .contains("name=\"lines[0].status\"", "name=\"revision\"");
        String revision = etag(as("editor.rs@demo"), report).replace("\"", "");
        var saved = browser.submit(
                "/reports/" + report + "/activities",
                "/reports/" + report + "/activities",
                java.util.Map.of(
                        "revision",
                        revision,
                        "lines[0].activity",
                        String.valueOf(line0(report)),
                        "lines[0].status",
                        "ONGOING",
                        "lines[0].percent",
                        "150"));
        assertThat(saved.statusCode()).as("a percentage over 100 is refused").isEqualTo(422);
        assertThat(saved.body()).contains("“150” is not a percentage from 0 to 100");
        assertThat(read(as("editor.rs@demo"), report)
                        .get("activities")
                        .get(0)
                        .get("status")
                        .isNull())
                .as("nothing was saved")
                .isTrue();
        var fixed = browser.submit(
                "/reports/" + report + "/activities",
                "/reports/" + report + "/activities",
                java.util.Map.of(
                        "revision",
                        revision,
                        "lines[0].activity",
                        String.valueOf(line0(report)),
                        "lines[0].status",
                        "ONGOING",
                        "lines[0].percent",
                        "50"));
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(302);
        assertThat(read(as("editor.rs@demo"), report)
                        .get("activities")
                        .get(0)
                        .get("percent")
                        .asInt())
                .isEqualTo(50);
    }

    @Test
    void aSaveNamesTheRevisionItReadLikeEveryWriteOfTheReport() {
        long activity = rsActivity("G4", "2154-07-01", "2154-12-31");
        long report = narrativeReport("2154S2");
        var editor = as("editor.rs@demo");
        String body = "[{\"activity\": " + activity + ", \"status\": \"ONGOING\"}]";
        String read = etag(editor, report);
        assertThat(editor.put("/api/v1/reports/" + report + "/activities", body).statusCode())
                .as("without If-Match")
                .isEqualTo(428);
        var saved = editor.put("/api/v1/reports/" + report + "/activities", body, "If-Match", read);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(read);
        assertThat(editor.put("/api/v1/reports/" + report + "/activities", body, "If-Match", read)
                        .statusCode())
                .as("with the revision read before someone else's save")
                .isEqualTo(412);
    }

    @Test
    void correctedActivityProgressOfAFlaggedObjectiveIsACorrectionForResubmission() {
        long g2 = rsActivity("G2", "2154-01-01", "2154-06-30");
        long report = narrativeReport("2154S1");
        var editor = as("editor.rs@demo");
        put(editor, report, "[{\"activity\": " + g2 + ", \"status\": \"PLANNED\"}]", 200);
        transition(editor, report, "{\"action\": \"SUBMIT\"}");
        transition(as("approver.rs@demo"), report, "{\"action\": \"APPROVE\"}");
        transition(
                as("secretariat@demo"),
                report,
                "{\"action\": \"RETURN\", \"reason\": \"G2 is late\", \"flagged\": [{\"objective\": \"G2\"}]}");
        put(editor, report, "[{\"activity\": " + g2 + ", \"status\": \"PLANNED\"}]", 200);
        assertThat(editor.post("/api/v1/reports/" + report + "/transitions", "{\"action\": \"SUBMIT\"}")
                        .statusCode())
                .as("saving the same progress again corrects nothing")
                .isEqualTo(409);

        put(editor, report, "[{\"activity\": " + g2 + ", \"status\": \"DELAYED\", \"note\": \"Tender failed\"}]", 200);
        transition(editor, report, "{\"action\": \"SUBMIT\"}");
    }

    private long line0(long report) {
        return read(as("editor.rs@demo"), report)
                .get("activities")
                .get(0)
                .get("activity")
                .asLong();
    }

    /** An activity in Serbia's demo action plan, running in the test's own years. */
    private long rsActivity(String objective, String start, String end) {
        var editor = as("editor.rs@demo");
        JsonNode plans = JSON.readTree(editor.get("/api/v1/action-plans?framework=WB-SALW-ROADMAP&jurisdiction=RS")
                .body());
        long plan = plans.get(0).get("id").asLong();
        var res = editor.post(
                "/api/v1/activities",
                "{\"plan\": " + plan + ", \"objective\": \"" + objective
                        + "\", \"organisation\": \"Ministry of Interior\","
                        + " \"title\": \"Rebuild the evidence room (" + start.substring(0, 4) + ")\", \"start\": \""
                        + start
                        + "\", \"end\": \"" + end + "\", \"budget\": {\"amount\": \"1000.50\", \"currency\": \"EUR\"},"
                        + " \"funding\": {\"source\": \"NATIONAL\"}, \"status\": \"PLANNED\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    /** A semi-annual narrative report of Serbia with every objective's progress written. */
    private long narrativeReport(String period) {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", period);
        var editor = as("editor.rs@demo");
        var res = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"" + period + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(res.body());
        assertThat(report.get("version").asString()).isEqualTo("2030");
        long id = report.get("id").asLong();
        var narratives = new StringBuilder("[");
        for (String o : OBJECTIVES) {
            narratives
                    .append(narratives.length() > 1 ? "," : "")
                    .append("{\"objective\": \"")
                    .append(o)
                    .append("\", \"progress\": \"Work went on.\"}");
        }
        var saved = editor.put(
                "/api/v1/reports/" + id + "/narratives",
                narratives.append("]").toString(),
                "If-Match",
                editor.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return id;
    }

    private JsonNode read(Http http, long report) {
        var res = http.get("/api/v1/reports/" + report + "/activities");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private static JsonNode line(JsonNode section, long activity) {
        for (JsonNode l : section.get("activities")) {
            if (l.get("activity").asLong() == activity) {
                return l;
            }
        }
        throw new AssertionError("activity " + activity + " is not in " + section);
    }

    /** A save naming the report's revision as the caller read it, as every write of the report does. */
    private static void put(Http http, long report, String body, int expected) {
        var res = http.put("/api/v1/reports/" + report + "/activities", body, "If-Match", etag(http, report));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(expected);
    }

    private static String etag(Http http, long report) {
        return http.get("/api/v1/reports/" + report)
                .headers()
                .firstValue("ETag")
                .orElse("\"0\"");
    }

    private static void transition(Http http, long report, String body) {
        var res = http.post("/api/v1/reports/" + report + "/transitions", body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }
}
