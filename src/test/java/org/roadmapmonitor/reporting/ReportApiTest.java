package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reports API contract, through the real server on PostgreSQL. Each test uses its own period. */
@IntegrationTest
class ReportApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    private JsonNode create(String period) {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", period);
        var res = editor().post(
                        "/api/v1/reports",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"" + period
                                + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(res.headers().firstValue("ETag")).isPresent();
        return JSON.readTree(res.body());
    }

    private String etag(long id, Http http) {
        return http.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void creatingTheSameReportTwiceNamesTheExistingOne() {
        JsonNode r = create("2031");
        assertThat(r.get("state").asString()).isEqualTo("DRAFT");
        assertThat(r.get("version").asString()).isEqualTo("2030");
        var again = editor().post(
                        "/api/v1/reports",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2031\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("report " + r.get("id").asLong());
    }

    @Test
    void anEditorCannotStartAnotherJurisdictionsReportNorSeeItsDraft() {
        JsonNode r = create("2032");
        long id = r.get("id").asLong();
        var xk = Http.api(port).basic("editor.xk@demo", "demo");
        assertThat(xk.post(
                                "/api/v1/reports",
                                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2033\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(xk.get("/api/v1/reports/" + id).statusCode()).isEqualTo(404);
        assertThat(xk.put("/api/v1/reports/" + id + "/values", "[{\"indicator\": \"KPI-3\", \"value\": \"1\"}]")
                        .statusCode())
                .isEqualTo(404);
        assertThat(xk.get("/api/v1/reports?jurisdiction=RS&period=2032").body()).isEqualTo("[]");
        assertThat(Http.api(port).get("/api/v1/reports/" + id).statusCode()).isEqualTo(404);
        var page = Http.browser(port);
        page.signIn("editor.xk@demo", "demo");
        assertThat(page.get("/reports/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void valuesAreSavedWithAnEtagAndAStaleEtagIsRefusedSayingWhatChanged() {
        long id = create("2034").get("id").asLong();
        String etag = etag(id, editor());
        var saved = editor().put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-5\", \"value\": 12, \"comment\": \"from the police\"},"
                                + " {\"indicator\": \"KPI-5\", \"disaggregation\": {\"sex\": \"female\"}, \"value\": \"3\"}]",
                        "If-Match",
                        etag);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String newEtag = saved.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag);
        var stale = Http.api(port)
                .basic("secretariat@demo", "demo")
                .put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-5\", \"value\": \"13\"}]",
                        "If-Match",
                        etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("KPI-5").contains("editor.rs@demo");
        JsonNode report = JSON.readTree(editor().get("/api/v1/reports/" + id).body());
        assertThat(report.get("values").findValuesAsString("value")).contains("12", "3");
    }

    @Test
    void invalidValuesAreAllListedAndNothingIsSaved() {
        long id = create("2035").get("id").asLong();
        var res = editor().put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-5\", \"value\": \"10\"},"
                                + " {\"indicator\": \"KPI-5\", \"disaggregation\": {\"sex\": \"female\"}, \"value\": \"11\"},"
                                + " {\"indicator\": \"KPI-5\", \"disaggregation\": {\"colour\": \"red\"}, \"value\": \"1\"},"
                                + " {\"indicator\": \"KPI-99\", \"value\": \"1\"},"
                                + " {\"indicator\": \"KPI-1\", \"value\": \"7\"},"
                                + " {\"indicator\": \"KPI-10\", \"value\": \"1,500\"}]",
                        "If-Match",
                        etag(id, editor()));
        assertThat(res.statusCode()).isEqualTo(422);
        JsonNode problems = JSON.readTree(res.body()).get("problems");
        assertThat(problems.size()).isGreaterThanOrEqualTo(5);
        assertThat(res.body())
                .contains("exceeds the total")
                .contains("not disaggregated by colour")
                .contains("KPI-99")
                .contains("ambiguous");
        assertThat(jdbc.sql("select count(*) from data_value where report_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theWholeWorkflowWithApprovalReturnAndPublication() {
        long id = create("2036").get("id").asLong();
        var sec = Http.api(port).basic("secretariat@demo", "demo");
        var approver = Http.api(port).basic("approver.rs@demo", "demo");
        fillAll(id);
        editor().put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-5\", \"value\": \"12\"}, {\"indicator\": \"KPI-10\", \"value\": \"40\"}]",
                        "If-Match",
                        etag(id, editor()));
        editor().put(
                        "/api/v1/reports/" + id + "/narratives",
                        "[{\"objective\": \"G3\", \"progress\": \"Joint operations.\"}]",
                        "If-Match",
                        etag(id, editor()));

        assertThat(transition(editor(), id, "{\"action\": \"SUBMIT\"}")
                        .get("state")
                        .asString())
                .isEqualTo("AWAITING_APPROVAL");
        assertThat(sec.post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"VALIDATE\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(editor().post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"APPROVE\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(transition(approver, id, "{\"action\": \"APPROVE\"}")
                        .get("state")
                        .asString())
                .isEqualTo("SUBMITTED");

        var noReason = sec.post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"RETURN\"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("reason").contains("flag");
        assertThat(transition(
                                sec,
                                id,
                                "{\"action\": \"RETURN\", \"reason\": \"KPI-5 looks wrong\", \"flagged\": [\"KPI-5\"]}")
                        .get("state")
                        .asString())
                .isEqualTo("RETURNED");

        var locked = editor().put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-10\", \"value\": \"41\"}]",
                        "If-Match",
                        etag(id, editor()));
        assertThat(locked.statusCode()).isEqualTo(422);
        assertThat(locked.body()).contains("was not returned for correction");
        assertThat(editor().put(
                                "/api/v1/reports/" + id + "/values",
                                "[{\"indicator\": \"KPI-5\", \"value\": \"15\"}]",
                                "If-Match",
                                etag(id, editor()))
                        .statusCode())
                .isEqualTo(200);

        assertThat(transition(editor(), id, "{\"action\": \"SUBMIT\"}")
                        .get("state")
                        .asString())
                .isEqualTo("AWAITING_APPROVAL");
        assertThat(transition(approver, id, "{\"action\": \"APPROVE\"}")
                        .get("state")
                        .asString())
                .isEqualTo("RESUBMITTED");
        assertThat(transition(sec, id, "{\"action\": \"VALIDATE\"}")
                        .get("state")
                        .asString())
                .isEqualTo("VALIDATED");
        assertThat(Http.api(port).get("/api/v1/reports/" + id).statusCode())
                .as("not public until published")
                .isEqualTo(404);
        assertThat(transition(sec, id, "{\"action\": \"PUBLISH\"}").get("state").asString())
                .isEqualTo("PUBLISHED");

        JsonNode published =
                JSON.readTree(Http.api(port).get("/api/v1/reports/" + id).body());
        assertThat(published.get("values").findValuesAsString("value")).contains("15", "40");

        var reopen = sec.post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"REOPEN\"}");
        assertThat(reopen.statusCode()).isEqualTo(422);
        assertThat(transition(sec, id, "{\"action\": \"REOPEN\", \"reason\": \"New seizure data\"}")
                        .get("state")
                        .asString())
                .isEqualTo("DRAFT");
        editor().put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-10\", \"value\": \"44\"}]",
                        "If-Match",
                        etag(id, editor()));
        JsonNode whileRevised =
                JSON.readTree(Http.api(port).get("/api/v1/reports/" + id).body());
        assertThat(whileRevised.get("values").findValuesAsString("value"))
                .as("the public keeps the published figures while the report is revised")
                .contains("40")
                .doesNotContain("44");
        assertThat(Http.api(port).get("/reports/" + id).body()).contains("being revised");

        JsonNode history =
                JSON.readTree(sec.get("/api/v1/reports/" + id + "/history").body());
        assertThat(history.get("transitions").findValuesAsString("action"))
                .containsExactly("SUBMIT", "APPROVE", "RETURN", "SUBMIT", "APPROVE", "VALIDATE", "PUBLISH", "REOPEN");
        assertThat(history.get("changedSinceValidation").findValuesAsString("indicator"))
                .containsExactly("KPI-10");
        assertThat(jdbc.sql("select count(*) from notification where report_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isGreaterThan(5);
    }

    @Test
    void problemsAreExplainedInTheCallersLanguage() {
        long id = create("2045").get("id").asLong();
        var fr = editor().put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-5\", \"value\": \"-3\"}]",
                        "Accept-Language",
                        "fr-FR,fr;q=0.9",
                        "If-Match",
                        etag(id, editor()));
        assertThat(fr.statusCode()).isEqualTo(422);
        assertThat(fr.body()).contains("nombre entier");
        assertThat(JSON.readTree(fr.body()).get("problems").size())
                .as("one message per problem: a negative count is not also below the minimum")
                .isEqualTo(1);
        var es = editor().put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-5\", \"value\": \"-3\"}]",
                        "Accept-Language",
                        "es",
                        "If-Match",
                        etag(id, editor()));
        assertThat(es.body()).contains("entero");
    }

    @Test
    void submissionListsEveryMissingRequiredValue() {
        long id = create("2037").get("id").asLong();
        var res = editor().post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"SUBMIT\"}");
        JsonNode body = JSON.readTree(res.body());
        boolean anyRequired =
                jdbc.sql("select count(*) from indicator i join framework_version v on v.id = i.framework_version_id"
                                        + " join framework f on f.id = v.framework_id where f.code = 'WB-SALW-ROADMAP' and v.version = '2030'"
                                        + " and (i.validation->>'required')::boolean")
                                .query(Long.class)
                                .single()
                        > 0;
        if (anyRequired) {
            assertThat(res.statusCode()).isEqualTo(422);
            assertThat(body.get("problems").findValuesAsString("message")).allMatch(m -> m.contains("required"));
        } else {
            assertThat(res.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void dhis2DataValueSetsImportWithASummaryAndIsAtomicByDefault() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2038");
        var api = editor();
        String good = "{\"dataSet\": \"WB-SALW-ROADMAP\", \"dataValues\": ["
                + "{\"dataElement\": \"KPI-5\", \"orgUnit\": \"RS\", \"period\": \"2038\", \"value\": \"20\"},"
                + "{\"dataElement\": \"KPI-5\", \"orgUnit\": \"RS\", \"period\": \"2038\", \"categoryOptionCombo\": \"sex=female\", \"value\": \"4\"}]}";
        var res = api.post("/api/v1/dataValueSets", good);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(res.body());
        assertThat(summary.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(summary.at("/importCount/imported").asInt()).isEqualTo(2);

        String mixed = "{\"dataSet\": \"WB-SALW-ROADMAP\", \"dataValues\": ["
                + "{\"dataElement\": \"KPI-5\", \"orgUnit\": \"RS\", \"period\": \"2038\", \"value\": \"21\"},"
                + "{\"dataElement\": \"KPI-404\", \"orgUnit\": \"RS\", \"period\": \"2038\", \"value\": \"1\"}]}";
        var refused = api.post("/api/v1/dataValueSets", mixed);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("conflicts").findValuesAsString("object"))
                .anyMatch(o -> o.contains("KPI-404"));
        var partial = api.post("/api/v1/dataValueSets?atomicMode=NONE", mixed);
        JsonNode p = JSON.readTree(partial.body());
        assertThat(p.get("status").asString()).isEqualTo("WARNING");
        assertThat(p.at("/importCount/updated").asInt()).isEqualTo(1);
        assertThat(p.at("/importCount/ignored").asInt()).isEqualTo(1);
        var xk = Http.api(port)
                .basic("editor.xk@demo", "demo")
                .post("/api/v1/dataValueSets", good.replace("\"4\"", "\"5\""));
        assertThat(xk.statusCode()).isEqualTo(409);
    }

    @Test
    void csvUploadPreviewsThenAppliesAllOrNothing() {
        long id = create("2039").get("id").asLong();
        String csv = "indicator,disaggregation,value,comment\nKPI-5,,30,police data\nKPI-5,sex=female,5,\n";
        var preview = editor().send("POST", "/api/v1/reports/" + id + "/upload?dryRun=true", null);
        assertThat(preview.statusCode()).isIn(400, 415);
        var dry = Http.api(port).basic("editor.rs@demo", "demo");
        var res = dry.sendRaw("/api/v1/reports/" + id + "/upload?dryRun=true", "text/csv", csv);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(JSON.readTree(res.body()).get("changes")).hasSize(2);
        assertThat(jdbc.sql("select count(*) from data_value where report_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        var bad = dry.sendRaw("/api/v1/reports/" + id + "/upload", "text/csv", csv + "KPI-5,sex=male,99,\n");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("row 4");
        assertThat(jdbc.sql("select count(*) from data_value where report_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(dry.sendRaw("/api/v1/reports/" + id + "/upload", "text/csv", csv)
                        .statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from data_value where report_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theExcelTemplateIsARealWorkbookOfTheReport() throws Exception {
        long id = create("2040").get("id").asLong();
        var res = editor().getBytes("/api/v1/reports/" + id + "/template.xlsx");
        assertThat(res.statusCode()).isEqualTo(200);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(res.body()))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(8);
            assertThat(wb.getSheetAt(1).getSheetName()).startsWith("Goal 1");
        }
    }

    /** Fills every indicator of the 2030 version with a valid value, so that the report can be submitted. */
    private void fillAll(long id) {
        JsonNode doc = JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030")
                .body());
        var values = JSON.createArrayNode();
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if ("DERIVED".equals(i.path("valueSource").asString())) {
                    continue; // computed from the records, never typed
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
        var res = editor().put(
                        "/api/v1/reports/" + id + "/values",
                        JSON.writeValueAsString(values),
                        "If-Match",
                        etag(id, editor()));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    private static JsonNode transition(Http http, long id, String body) {
        var res = http.post("/api/v1/reports/" + id + "/transitions", body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }
}
