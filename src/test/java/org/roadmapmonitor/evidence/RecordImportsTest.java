package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every record type imports from its documented example file (docs/examples), all or nothing, idempotently
 * (the same files again change no count), with each problem named by row and column; and an Excel workbook
 * goes through the same path as CSV.
 */
@IntegrationTest
class RecordImportsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> IN_ORDER = List.of(
            "weapon-items",
            "arms-events",
            "counted-items",
            "tracing-requests",
            "destructions",
            "stockpile-sites",
            "incidents",
            "trainings");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http secretariat() {
        return Http.api(port).basic("secretariat@demo", "demo");
    }

    private JsonNode importFile(Http http, String type, String fileName, byte[] content) {
        var res = http.postFile("/api/v1/imports?type=" + type, fileName, content, Map.of());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job;
        do {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            job = JSON.readTree(http.get("/api/v1/imports/" + id).body());
        } while (!job.get("state").asString().matches("SUCCEEDED|FAILED") && System.nanoTime() < until);
        return job;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Map<String, Long> counts() {
        return Map.of(
                "events", count("select count(*) from arms_event where event_ref like '%-2024-00%'"),
                "counted",
                        count(
                                "select coalesce(sum(quantity), 0) from counted_item c join arms_event e on e.id = c.event_id"
                                        + " where e.event_ref = 'RS-2024-0001'"),
                "tracing", count("select count(*) from tracing_request where request_ref like 'TR-2024-%'"),
                "destroyed",
                        count(
                                "select coalesce(sum(small_arms), 0) from destruction where destruction_ref like 'DST-2024-%'"),
                "inspections",
                        count("select count(*) from stockpile_inspection i join stockpile_site s on s.id = i.site_id"
                                + " where s.site_ref in ('SITE-07', 'SITE-11')"),
                "people",
                        count("select count(*) from incident_person p join incident i on i.id = p.incident_id"
                                + " where i.incident_ref like 'INC-2024-01%'"),
                "trained",
                        count(
                                "select coalesce(sum(participants_female), 0) from training where training_ref like 'TRN-2024-%'"));
    }

    @Test
    void everyExampleFileImportsAndTheSameFilesAgainChangeNothing() throws Exception {
        for (int pass = 0; pass < 2; pass++) {
            for (String type : IN_ORDER) {
                byte[] file = Files.readAllBytes(Path.of("docs/examples/" + type + ".csv"));
                JsonNode job = importFile(secretariat(), type, type + ".csv", file);
                assertThat(job.get("state").asString()).as(type + ": " + job).isEqualTo("SUCCEEDED");
            }
            assertThat(counts())
                    .containsAllEntriesOf(Map.of(
                            "events", 5L,
                            "counted", 256L,
                            "tracing", 2L,
                            "destroyed", 2270L,
                            "inspections", 2L,
                            "people", 3L,
                            "trained", 19L));
        }
        assertThat(count("select count(*) from incident_weapon w join incident i on i.id = w.incident_id"
                        + " where i.incident_ref = 'INC-2024-0101'"))
                .isEqualTo(1);
    }

    @Test
    void aFileWithBadRowsStoresNothingAndNamesEachProblemByRowAndColumn() {
        String csv = """
                jurisdiction,training_ref,title,topic,started_on,ended_on,participants_female
                RS,TRN-BAD-1,Tracing,TRACING,2023-05-02,2023-05-01,3
                RS,TRN-BAD-2,Stockpiles,JUGGLING,2023-05-02,2023-05-03,-1
                WB,TRN-BAD-3,Marking,OTHER,2023-05-02,2023-05-03,1
                """;
        JsonNode job = importFile(secretariat(), "trainings", "bad.csv", csv.getBytes());
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        var where = job.get("errors")
                .valueStream()
                .map(e -> e.get("row").asLong() + ":" + e.get("column").asString())
                .toList();
        assertThat(where).containsExactlyInAnyOrder("2:ended_on", "3:topic", "3:participants_female", "4:jurisdiction");
        assertThat(count("select count(*) from training where training_ref like 'TRN-BAD-%'"))
                .isZero();

        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        JsonNode other = importFile(
                editor,
                "destructions",
                "other.csv",
                "jurisdiction,destruction_ref,destroyed_on,method\nXK,DST-X,2023-01-01,CUTTING\n".getBytes());
        assertThat(other.get("errors").get(0).get("message").asString())
                .isEqualTo("You do not import for jurisdiction XK.");
    }

    @Test
    void anExcelWorkbookImportsThroughTheSamePathWithDatesAndNumbersAsTyped() throws Exception {
        var out = new ByteArrayOutputStream();
        var wb = new Workbook(out, "test", "1.0");
        var sheet = wb.newWorksheet("Trainings");
        String[] header = {
            "jurisdiction", "training_ref", "title", "topic", "started_on", "ended_on", "participants_female"
        };
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.value(1, 0, "BA");
        sheet.value(1, 1, "TRN-XLSX-1");
        sheet.value(1, 2, "Stockpile management");
        sheet.value(1, 3, "STOCKPILE_MANAGEMENT");
        sheet.value(1, 4, LocalDate.of(2023, 9, 4));
        sheet.style(1, 4).format("yyyy-mm-dd").set();
        sheet.value(1, 5, "2023-09-06");
        sheet.value(1, 6, 11);
        wb.finish();

        JsonNode job = importFile(secretariat(), "trainings", "trainings.xlsx", out.toByteArray());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select started_on::text || ' ' || participants_female from training"
                                + " where training_ref = 'TRN-XLSX-1'")
                        .query(String.class)
                        .single())
                .isEqualTo("2023-09-04 11");

        var notABook = secretariat()
                .postFile("/api/v1/imports?type=trainings", "broken.xlsx", "not a zip".getBytes(), Map.of());
        assertThat(notABook.statusCode()).isEqualTo(400);
        assertThat(notABook.body()).contains("cannot be read as an Excel workbook");
    }
}
