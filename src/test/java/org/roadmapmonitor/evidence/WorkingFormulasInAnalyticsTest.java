package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A formula over an evidence-derived indicator is live in the working view as its input is: a framework of its
 * own (a copy of Roadmap 2030 with KPI-16 = [KPI-9] + [KPI-10], KPI-9 being weapons recovered from the records,
 * KPI-10 typed) shows a saved record in both in the next analytics answer and on the KPI page and dashboard of
 * the secretariat, never the public's; publication freezes both, and a later record shows as "changed since
 * validation" while the published figures stay (this framework has no approval step).
 */
@IntegrationTest
class WorkingFormulasInAnalyticsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FW = "FORMULA-LIVE";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    /** The framework: Roadmap 2030 as shipped plus a formula over an evidence KPI and a typed one; WB's members. */
    private void framework() {
        var doc = (ObjectNode) JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030")
                .body());
        doc.put("code", FW);
        for (JsonNode o : doc.get("objectives")) {
            if (o.get("code").asString().equals("G5")) {
                var arr = (tools.jackson.databind.node.ArrayNode) o.get("indicators");
                ObjectNode kpi16 = ((ObjectNode) arr.get(arr.size() - 1)).deepCopy();
                kpi16.put("code", "KPI-16")
                        .put("title", "Weapons recovered and collected")
                        .put("valueSource", "DERIVED")
                        .put("formula", "[KPI-9] + [KPI-10]");
                kpi16.putArray("disaggregations");
                kpi16.putArray("baselines");
                kpi16.putArray("targets");
                kpi16.putArray("crosswalks");
                arr.add(kpi16);
            }
        }
        var res = as("secretariat@demo").post("/api/v1/frameworks", JSON.writeValueAsString(doc));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        jdbc.sql("""
                insert into jurisdiction_membership (framework_code, jurisdiction_code, role)
                select ?, jurisdiction_code, role from jurisdiction_membership where framework_code = 'WB-SALW-ROADMAP'""").param(FW).update();
    }

    private JsonNode total(Http http, String indicators, String indicator, String jurisdiction, String period) {
        var res = http.get("/api/v1/analytics?framework=" + FW + "&indicator=" + indicators + "&jurisdiction=RS,WB"
                + "&period=" + period);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        for (JsonNode r : JSON.readTree(res.body())) {
            if (r.get("jurisdiction").asString().equals(jurisdiction)
                    && r.get("indicator").asString().equals(indicator)) {
                return r;
            }
        }
        throw new AssertionError(indicator + " " + jurisdiction + " not in " + res.body());
    }

    /** KPI-16 asked alone (its operands read for it) and with its operands (read once for both) must agree. */
    private String formula(Http http, String jurisdiction, String period) {
        JsonNode alone = total(http, "KPI-16", "KPI-16", jurisdiction, period);
        JsonNode together = total(http, "KPI-9,KPI-10,KPI-16", "KPI-16", jurisdiction, period);
        assertThat(together.toString()).isEqualTo(alone.toString());
        return value(alone);
    }

    private String recovered(Http http, String jurisdiction, String period) {
        return value(total(http, "KPI-9", "KPI-9", jurisdiction, period));
    }

    private static String value(JsonNode row) {
        return row.get("value").isNull()
                ? null
                : row.get("value").decimalValue().stripTrailingZeros().toPlainString();
    }

    private long created(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    private long event(String ref, String date) {
        // The records API refuses a date after today: the event of this future test year is written directly.
        return jdbc.sql("""
                        insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date,
                                                agency, updated_by)
                        values ('RS', ?, 'SEIZED', true, ?::date, 'Police', 'editor.rs@demo') returning id""").params(ref, date).query(Long.class).single();
    }

    private void weapon(long event, String serial) {
        created(as("editor.rs@demo").post("/api/v1/evidence/weapon-items", """
                {"eventId": %d, "category": "PISTOL", "serialNumber": "%s", "markingStatus": "UNIQUELY_MARKED",
                 "tracingStatus": "PENDING"}""".formatted(event, serial)));
    }

    private static String etag(Http http, long id) {
        return http.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow();
    }

    private void transition(Http http, long id, String action) {
        var res = http.post(
                "/api/v1/reports/" + id + "/transitions",
                "{\"action\": \"" + action + "\", \"reason\": \"Correction\"}",
                "If-Match",
                etag(http, id));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    /** Every typed indicator of the report gets a value (KPI-10 = 10); derived ones are left to the records. */
    private void fillTypedValues(long id) {
        var editor = as("editor.rs@demo");
        JsonNode doc = JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/" + FW + "/versions/2030")
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

    private Http signedIn(String user) {
        var pages = Http.browser(port);
        pages.signIn(user, "demo");
        return pages;
    }

    @Test
    void aFormulaOverAnEvidenceKpiMovesWithItsRecordsInTheWorkingViewAndIsFrozenAtPublication() {
        framework();
        OpenPeriods.open(port, FW, "2175");
        var editor = as("editor.rs@demo");
        var secretariat = as("secretariat@demo");
        var visitor = Http.api(port);

        long event = event("FORMULA-2175-1", "2175-04-01");
        weapon(event, "FORMULA-SN-1");
        weapon(event, "FORMULA-SN-2");
        assertThat(recovered(secretariat, "RS", "2175")).isEqualTo("2");
        assertThat(formula(secretariat, "RS", "2175"))
                .as("no report yet: KPI-10 has no value, so neither has the formula (never a stale or invented one)")
                .isNull();

        long report = created(editor.post("/api/v1/reports", """
                {"framework": "%s", "jurisdiction": "RS", "period": "2175"}""".formatted(FW)));
        fillTypedValues(report);
        transition(editor, report, "SUBMIT");
        JsonNode submitted = total(secretariat, "KPI-16", "KPI-16", "RS", "2175");
        assertThat(value(submitted)).isEqualTo("12");
        assertThat(submitted.get("working").asBoolean()).isTrue();
        assertThat(submitted.get("source").asString()).isEqualTo("formula");

        weapon(event, "FORMULA-SN-3");
        assertThat(recovered(secretariat, "RS", "2175"))
                .as("a record saved after submission is in the next answer")
                .isEqualTo("3");
        assertThat(formula(secretariat, "RS", "2175"))
                .as("and so is the formula over it, not the figure frozen at submission")
                .isEqualTo("13");
        assertThat(formula(editor, "RS", "2175")).isEqualTo("13");
        assertThat(formula(secretariat, "WB", "2175"))
                .as("the region folds the live cell, RS counted once")
                .isEqualTo("13");
        assertThat(formula(visitor, "RS", "2175"))
                .as("the public never gets a computed working cell")
                .isNull();
        assertThat(formula(as("editor.xk@demo"), "RS", "2175")).isNull();

        var pages = signedIn("secretariat@demo");
        assertThat(pages.get("/frameworks/" + FW + "/kpis/KPI-16").body())
                .as("the KPI page reads the same live rows")
                .contains("data-source=\"formula\"")
                .contains("<td>2175</td>")
                .contains(">13<");
        assertThat(pages.get("/frameworks/" + FW + "/dashboard").body())
                .as("the dashboard too (its matrix names the period in the column's header)")
                .contains("</b> 13<span class=\"badge grey\">")
                .contains("</b> 3<span class=\"badge grey\">");
        assertThat(Http.browser(port).get("/frameworks/" + FW + "/kpis/KPI-16").body())
                .doesNotContain("<td>2175</td>");
        assertThat(Http.browser(port).get("/frameworks/" + FW + "/dashboard").body())
                .doesNotContain("</b> 13<span class=\"badge grey\">");

        transition(secretariat, report, "VALIDATE");
        transition(secretariat, report, "PUBLISH");
        JsonNode published = total(visitor, "KPI-16", "KPI-16", "RS", "2175");
        assertThat(value(published)).isEqualTo("13");
        assertThat(published.get("working").asBoolean()).isFalse();

        weapon(event, "FORMULA-SN-4");
        assertThat(formula(visitor, "RS", "2175"))
                .as("a correction never rewrites a published figure")
                .isEqualTo("13");
        assertThat(formula(secretariat, "RS", "2175"))
                .as("while the report stands published, its frozen figures are everyone's")
                .isEqualTo("13");
        assertThat(recovered(secretariat, "RS", "2175")).isEqualTo("3");
        assertThat(pages.get("/frameworks/" + FW + "/dashboard").body()).contains("</b> 13</td>");

        JsonNode changed = JSON.readTree(secretariat
                        .get("/api/v1/reports/" + report + "/history")
                        .body())
                .get("changedSinceValidation");
        JsonNode kpi16 = null;
        for (JsonNode c : changed) {
            if (c.get("indicator").asString().equals("KPI-16")
                    && c.get("disaggregation").asString().isEmpty()) {
                kpi16 = c;
            }
        }
        assertThat(kpi16).as(changed.toString()).isNotNull();
        assertThat(new java.math.BigDecimal(kpi16.get("then").asString())).isEqualByComparingTo("13");
        assertThat(new java.math.BigDecimal(kpi16.get("now").asString())).isEqualByComparingTo("14");

        transition(secretariat, report, "REOPEN");
        assertThat(formula(secretariat, "RS", "2175"))
                .as("reopened, its team sees the live figure again")
                .isEqualTo("14");
        assertThat(formula(visitor, "RS", "2175")).isEqualTo("13");
    }
}
