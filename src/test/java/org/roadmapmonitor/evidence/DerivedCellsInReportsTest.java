package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A derived indicator's cells are computed from the records: shown read-only with a link to those records,
 * refused when typed (form API, DHIS2 data value sets, Excel and CSV uploads), and frozen at validation, so
 * that a record corrected afterwards shows as "changed since validation" while the published figure stays.
 */
@IntegrationTest
class DerivedCellsInReportsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "event_ref,event_type,criminal_offence,event_date,jurisdiction,category,"
            + "serial_number,marking_status,tracing_status,origin_established,origin_method\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    /**
     * An RS event with its weapons (serial → traced), written directly: its date is in a test year after today,
     * which the records API refuses.
     */
    private void record(String ref, String type, String date, Map<String, Boolean> weapons) {
        long id = jdbc.sql("""
                        insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date,
                                                updated_by)
                        values ('RS', ?, ?, ?, ?::date, 'editor.rs@demo') returning id""")
                .params(ref, type, type.equals("SEIZED") ? Boolean.TRUE : null, date)
                .query(Long.class)
                .single();
        weapons.forEach((serial, traced) -> jdbc.sql("""
                        insert into weapon_item (event_id, item_key, category, serial_number, marking_status,
                                                 tracing_status, origin_established, origin_method)
                        values (?, ?, 'PISTOL', ?, 'UNIQUELY_MARKED', ?, ?, ?)""")
                .params(id, serial, serial, traced ? "TRACED" : "PENDING", traced, traced ? "TRACING" : null)
                .update());
    }

    private long report(String year) {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", year);
        var created = as("editor.rs@demo").post("/api/v1/reports", """
                {"framework": "WB-SALW-ROADMAP", "jurisdiction": "RS", "period": "%s"}""".formatted(year));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private JsonNode total(Http http, long report, String indicator) {
        for (JsonNode v :
                JSON.readTree(http.get("/api/v1/reports/" + report).body()).get("values")) {
            if (v.get("indicator").asString().equals(indicator)
                    && v.get("disaggregation").isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String etag(Http http, long id) {
        return http.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void aDraftShowsItsDerivedCellsReadOnlyWithALinkToTheRecordsBehindThem() throws InterruptedException {
        record("RS-D29", "SEIZED", "2129-03-01", new java.util.TreeMap<>(Map.of("D291", true, "D292", false)));
        long id = report("2129");

        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        String page = editor.get("/reports/" + id).body();
        assertThat(page)
                .contains("/evidence/records/weapon-items?jurisdiction=RS&amp;from=2129-01-01&amp;to=2129-12-31");
        assertThat(page).contains("(1 / 2)");
        assertThat(page).doesNotContain("name=\"n:KPI-6|\"", "name=\"v:KPI-11|\"");
        assertThat(page).contains("name=\"v:KPI-5|\"");

        JsonNode kpi6 = total(as("editor.rs@demo"), id, "KPI-6");
        assertThat(new BigDecimal(kpi6.get("denominator").asString())).isEqualByComparingTo("2");

        String published = Http.browser(port).get("/reports/" + id).body();
        assertThat(published).doesNotContain("/evidence/records/");
    }

    @Test
    void typedValuesForADerivedIndicatorAreRefusedWhereverTheyComeFrom() throws Exception {
        long id = report("2130");
        var editor = as("editor.rs@demo");

        var put = editor.put(
                "/api/v1/reports/" + id + "/values",
                "[{\"indicator\": \"KPI-11\", \"value\": \"5\"}]",
                "If-Match",
                etag(editor, id));
        assertThat(put.statusCode()).isEqualTo(422);
        assertThat(put.body()).contains("KPI-11 is computed from the evidence records");

        var dhis2 = editor.post("/api/v1/dataValueSets", """
                {"dataSet": "WB-SALW-ROADMAP", "dataValues": [
                 {"dataElement": "KPI-11", "orgUnit": "RS", "period": "2130", "value": "5"}]}""");
        assertThat(dhis2.statusCode()).isEqualTo(409);
        assertThat(dhis2.body()).contains("computed from the evidence records");

        var csv = editor.postFile(
                "/api/v1/reports/" + id + "/upload", "values.csv", "indicator,value\nKPI-11,5\n".getBytes(), Map.of());
        assertThat(csv.statusCode()).isEqualTo(422);
        assertThat(csv.body()).contains("computed from the evidence records");

        byte[] template =
                editor.getBytes("/api/v1/reports/" + id + "/template.xlsx").body();
        var unchanged =
                editor.postFile("/api/v1/reports/" + id + "/upload?dryRun=true", "template.xlsx", template, Map.of());
        assertThat(unchanged.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(unchanged.body()).get("problems")).isEmpty();

        var xlsx =
                editor.postFile("/api/v1/reports/" + id + "/upload", "filled.xlsx", withKpi11(template, 5), Map.of());
        assertThat(xlsx.statusCode()).isEqualTo(422);
        assertThat(xlsx.body()).contains("KPI-11 is computed from the evidence records");
        assertThat(new BigDecimal(total(editor, id, "KPI-11").get("value").asString()))
                .isEqualByComparingTo("0");
    }

    private static byte[] withKpi11(byte[] template, int value) throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (var sheet : wb) {
                for (var r : sheet) {
                    if (r.getCell(0) != null
                            && "KPI-11".equals(r.getCell(0).getStringCellValue())
                            && r.getCell(11) != null
                            && r.getCell(11).getStringCellValue().isEmpty()) {
                        r.getCell(7).setCellValue(value);
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRecordCorrectedAfterPublicationShowsAsChangedSinceValidationAndLeavesThePublishedFigure()
            throws InterruptedException {
        record("RS-D31", "SEIZED", "2131-05-01", Map.of("D311", true));
        long id = report("2131");
        DerivedValuesInReportsTest.fillTypedValues(port, id);
        for (String[] step : new String[][] {
            {"editor.rs@demo", "SUBMIT"}, {"approver.rs@demo", "APPROVE"},
            {"secretariat@demo", "VALIDATE"}, {"secretariat@demo", "PUBLISH"}
        }) {
            var http = as(step[0]);
            var res = http.post(
                    "/api/v1/reports/" + id + "/transitions",
                    "{\"action\": \"" + step[1] + "\"}",
                    "If-Match",
                    etag(http, id));
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        }

        record("RS-D31B", "FOUND", "2131-06-01", Map.of("D312", false));

        JsonNode history = JSON.readTree(
                as("secretariat@demo").get("/api/v1/reports/" + id + "/history").body());
        var changed = history.get("changedSinceValidation");
        assertThat(changed.findValuesAsString("indicator")).contains("KPI-6");
        JsonNode kpi6 = null;
        for (JsonNode c : changed) {
            if (c.get("indicator").asString().equals("KPI-6")
                    && c.get("disaggregation").asString().isEmpty()) {
                kpi6 = c;
            }
        }
        assertThat(kpi6).isNotNull();
        assertThat(kpi6.get("then").asString()).as(changed.toString()).isEqualTo("1 / 1");
        assertThat(kpi6.get("now").asString()).isEqualTo("1 / 2");

        JsonNode published = total(Http.api(port), id, "KPI-6");
        assertThat(new BigDecimal(published.get("denominator").asString())).isEqualByComparingTo("1");
        JsonNode working = total(as("secretariat@demo"), id, "KPI-6");
        assertThat(new BigDecimal(working.get("denominator").asString())).isEqualByComparingTo("1");
    }
}
