package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Roadmap 2030 collects two kinds of report through the same workflow: a semi-annual progress report
 * (narratives per goal) and an annual KPI report (values). The kind follows from the period.
 */
@IntegrationTest
class ReportKindsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ReportingCalendar calendar;

    /** A guarded write, with the report's current ETag as If-Match. */
    private java.net.http.HttpResponse<String> write(Http who, String method, long id, String path, String json) {
        String etag =
                who.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow();
        return who.send(method, "/api/v1/reports/" + id + path, json, "If-Match", etag);
    }

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    private long start(String period) {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", period);
        var res = editor().post(
                        "/api/v1/reports",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"" + period
                                + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    private JsonNode act(Http who, long id, String body) {
        var res = who.post("/api/v1/reports/" + id + "/transitions", body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    @Test
    void theSemiAnnualProgressReportHoldsNarrativesAndTheAnnualReportHoldsValues() {
        long progress = start("2049S1");
        var values = write(editor(), "PUT", progress, "/values", "[{\"indicator\": \"KPI-5\", \"value\": \"3\"}]");
        assertThat(values.statusCode()).isEqualTo(422);
        assertThat(values.body()).contains("Semi-annual progress report holds narratives only");
        assertThat(write(
                                editor(),
                                "PUT",
                                progress,
                                "/narratives",
                                "[{\"objective\": \"G3\", \"progress\": \"Joint operations.\"}]")
                        .statusCode())
                .isEqualTo(200);
        var incomplete = editor().post("/api/v1/reports/" + progress + "/transitions", "{\"action\": \"SUBMIT\"}");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("narratives.G1").doesNotContain("narratives.G3");
        assertThat(Http.api(port)
                        .basic("editor.rs@demo", "demo")
                        .get("/api/v1/reports/" + progress)
                        .body())
                .contains("Joint operations.");

        long annual = start("2049");
        var narratives = write(
                editor(),
                "PUT",
                annual,
                "/narratives",
                "[{\"objective\": \"G3\", \"progress\": \"Joint operations.\"}]");
        assertThat(narratives.statusCode()).isEqualTo(422);
        assertThat(narratives.body()).contains("Annual KPI report holds values only");
        assertThat(write(editor(), "PUT", annual, "/values", "[{\"indicator\": \"KPI-5\", \"value\": \"3\"}]")
                        .statusCode())
                .isEqualTo(200);

        var page = Http.browser(port);
        page.signIn("editor.rs@demo", "demo");
        String progressPage = page.get("/reports/" + progress).body();
        assertThat(progressPage)
                .contains("Semi-annual progress report")
                .contains("progress:G3")
                .doesNotContain("v:KPI-5|");
        String annualPage = page.get("/reports/" + annual).body();
        assertThat(annualPage)
                .contains("Annual KPI report")
                .contains("v:KPI-5|")
                .doesNotContain("progress:G3");
    }

    @Test
    void aReturnedNarrativeThatWasCorrectedIsShownOldToNewAndInTheHistory() {
        long id = start("2049S2");
        String all = "["
                + String.join(
                        ",",
                        java.util.stream.IntStream.rangeClosed(1, 7)
                                .mapToObj(g -> "{\"objective\": \"G" + g + "\", \"progress\": \"Steady work on goal "
                                        + g + ".\"}")
                                .toList())
                + "]";
        assertThat(write(editor(), "PUT", id, "/narratives", all).statusCode()).isEqualTo(200);
        act(editor(), id, "{\"action\": \"SUBMIT\"}");
        act(Http.api(port).basic("approver.rs@demo", "demo"), id, "{\"action\": \"APPROVE\"}");
        var sec = Http.api(port).basic("secretariat@demo", "demo");
        act(sec, id, "{\"action\": \"RETURN\", \"reason\": \"Goal 4 says nothing\", \"flagged\": [\"objective:G4\"]}");

        var unchanged = editor().post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"SUBMIT\"}");
        assertThat(unchanged.statusCode()).isEqualTo(409);
        assertThat(unchanged.body()).contains("Nothing was corrected since the report was returned");

        write(
                editor(),
                "PUT",
                id,
                "/narratives",
                "[{\"objective\": \"G4\", \"progress\": \"Two joint exercises on firearms trafficking.\"}]");
        act(editor(), id, "{\"action\": \"SUBMIT\"}");
        JsonNode history =
                JSON.readTree(sec.get("/api/v1/reports/" + id + "/history").body());
        JsonNode change = history.get("changedSinceReturn").get(0);
        assertThat(change.get("kind").asString()).isEqualTo("PROGRESS");
        assertThat(change.get("target").asString()).isEqualTo("G4");
        assertThat(change.get("before").asString()).isEqualTo("Steady work on goal 4.");
        assertThat(change.get("after").asString()).isEqualTo("Two joint exercises on firearms trafficking.");
        assertThat(history.get("narrativeRevisions").size()).isEqualTo(8);

        var page = Http.browser(port);
        page.signIn("secretariat@demo", "demo");
        assertThat(page.get("/reports/" + id + "/history").body())
                .contains("Every change of a narrative")
                .contains("Two joint exercises on firearms trafficking.");
    }

    @Test
    void theCalendarOpensThePeriodsOfEveryKindWithTheKindsWindow() {
        var holder = new java.util.ArrayList<org.roadmapmonitor.framework.ReportingPeriod>();
        SystemActor.run(() -> holder.addAll(calendar.addYear("WB-SALW-ROADMAP", 2029)));
        var added = holder;
        var codes = added.stream().map(p -> p.period().code()).toList();
        assertThat(codes).contains("2029S1", "2029S2", "2029");
        var s1 = added.stream()
                .filter(p -> p.period().code().equals("2029S1"))
                .findFirst()
                .orElseThrow();
        assertThat(s1.opensOn()).hasToString("2029-07-01");
        assertThat(s1.closesOn()).as("the progress report's 45-day window").hasToString("2029-08-15");

        var document = Http.api(port).get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030");
        assertThat(document.body()).contains("\"reportKinds\"").contains("\"SIX_MONTHLY\"");
        assertThat(Http.api(port)
                        .get("/api/v1/frameworks/CARIBBEAN-FIREARMS-ROADMAP/versions/2030")
                        .body())
                .doesNotContain("reportKinds");
    }
}
