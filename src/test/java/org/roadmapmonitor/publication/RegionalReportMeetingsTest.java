package org.roadmapmonitor.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.publication.PublishedFixture.JSON;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The regional progress report's gender section counts, by sex, who took part in the framework's meetings in
 * the report's period, as the coordination module records them: per jurisdiction, and the regional meetings
 * apart, over the meetings the public may see (documents go out). Read back from the PDF (PDFBox) and the
 * workbook.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionalReportMeetingsTest {
    @LocalServerPort
    int port;

    PublishedFixture fixture;

    @BeforeAll
    void meetings() {
        fixture = new PublishedFixture(port);
        plan("LOCAL_COORDINATION", "AL", "2152-03-03", true, """
                {"name": "A. Woman", "organisation": "Police", "function": "Chair", "sex": "WOMAN"},
                {"name": "B. Woman", "organisation": "Customs", "function": "Delegate", "sex": "WOMAN"},
                {"name": "C. Man", "organisation": "Justice", "function": "Delegate", "sex": "MAN"}""");
        plan("REGIONAL_COORDINATION", null, "2152-04-14", true, """
                {"name": "D. Woman", "organisation": "SEESAC", "function": "Chair", "sex": "WOMAN"},
                {"name": "E. Man", "organisation": "UNDP", "function": "Delegate", "sex": "MAN"},
                {"name": "F. Man", "organisation": "OSCE", "function": "Delegate", "sex": "MAN"},
                {"name": "G. Someone", "organisation": "EU", "function": "Observer", "sex": "NOT_RECORDED"}""");
        // Documents go out as the public reads: a meeting that is not public is not counted.
        plan("LOCAL_COORDINATION", "AL", "2152-05-05", false, """
                {"name": "H. Man", "organisation": "Police", "function": "Delegate", "sex": "MAN"}""");
        // In the second half-year: counted by a report of the range 2152S1:2152S2 only.
        plan("LOCAL_COORDINATION", "AL", "2152-09-09", true, """
                {"name": "I. Woman", "organisation": "Police", "function": "Chair", "sex": "WOMAN"}""");
    }

    /** A meeting of the Western Balkans Roadmap on that day, planned by the secretariat. */
    private void plan(String type, String jurisdiction, String day, boolean isPublic, String participants) {
        var res = fixture.as("secretariat@demo").post("/api/v1/meetings", """
                {"type": "%s", "title": "%s %s (test)", "start": "%sT10:00", "end": "%sT15:00",
                 "timeZone": "Europe/Tirane", "framework": "WB-SALW-ROADMAP", "jurisdiction": %s, "public": %s,
                 "participants": [%s]}""".formatted(
                        type,
                        type,
                        day,
                        day,
                        day,
                        jurisdiction == null ? "null" : "\"" + jurisdiction + "\"",
                        isPublic,
                        participants));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    }

    private long generate(String format, String language) {
        var secretariat = fixture.as("secretariat@demo");
        long id = fixture.request(secretariat, """
                {"kind": "REGIONAL_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2152S1",
                 "format": "%s", "language": "%s"}""".formatted(format, language));
        assertThat(fixture.await(secretariat, id).get("state").asString()).isEqualTo("SUCCEEDED");
        return id;
    }

    @Test
    void theGenderSectionCountsTheMeetingParticipantsBySexPerJurisdiction() throws Exception {
        long id = generate("pdf", "en");
        var secretariat = fixture.as("secretariat@demo");
        byte[] pdf = fixture.file(secretariat, id);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/regional-report-meetings.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String gender = text.substring(text.lastIndexOf("Meeting participants by sex, 2152S1"));
            // Jurisdiction, year, meetings, women, men, sex not recorded, women's share of those recorded.
            assertThat(gender)
                    .contains("Regional and other meetings 2152 1 1 2 1 33.3")
                    .contains("Albania 2152 1 2 1 0 66.7");
        }
        Map<String, String> figures = new HashMap<>();
        JSON.readTree(secretariat.get("/api/v1/publications/" + id + "/figures").body())
                .forEach(
                        f -> figures.put(f.get("key").asString(), f.get("value").asString()));
        assertThat(figures)
                .containsEntry("participants/AL/2152/women", "2")
                .containsEntry("participants/AL/2152/men", "1")
                .containsEntry("participants/-/2152/notRecorded", "1");
    }

    @Test
    void aRangeCountsEveryMeetingInItAndAReissueKeepsTheCountsItFirstShowed() throws Exception {
        var secretariat = fixture.as("secretariat@demo");
        long original = fixture.request(secretariat, """
                {"kind": "REGIONAL_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2152S1:2152S2",
                 "format": "pdf", "language": "en"}""");
        assertThat(fixture.await(secretariat, original).get("state").asString()).isEqualTo("SUCCEEDED");
        try (var doc = Loader.loadPDF(fixture.file(secretariat, original))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String gender = text.substring(text.lastIndexOf("Meeting participants by sex, 2152S1–2152S2"));
            assertThat(gender).contains("Albania 2152 2 3 1 0 75 ");
        }

        // A meeting recorded afterwards is in a new report, not in the same one issued again.
        plan("LOCAL_COORDINATION", "AL", "2152-10-10", true, """
                {"name": "J. Man", "organisation": "Customs", "function": "Delegate", "sex": "MAN"}""");
        var res = secretariat.post("/api/v1/publications/" + original + "/reissue", "{\"format\": \"xlsx\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long again = JSON.readTree(res.body()).get("id").asLong();
        assertThat(fixture.await(secretariat, again).get("state").asString()).isEqualTo("SUCCEEDED");
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(fixture.file(secretariat, again)))) {
            var albania = wb.findSheet("Meetings").orElseThrow().read().stream()
                    .filter(r -> r.getCellText(0).endsWith("Albania"))
                    .findFirst()
                    .orElseThrow();
            assertThat(new java.math.BigDecimal(albania.getCellText(2))).isEqualByComparingTo("2");
            assertThat(new java.math.BigDecimal(albania.getCellText(4))).isEqualByComparingTo("1");
        }
    }

    @Test
    void theJurisdictionReportCountsItsOwnMeetingsOnly() throws Exception {
        var secretariat = fixture.as("secretariat@demo");
        long id = fixture.request(secretariat, """
                {"kind": "JURISDICTION_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2152S1",
                 "jurisdiction": "AL", "format": "pdf", "language": "en"}""");
        assertThat(fixture.await(secretariat, id).get("state").asString()).isEqualTo("SUCCEEDED");
        try (var doc = Loader.loadPDF(fixture.file(secretariat, id))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String gender = text.substring(text.lastIndexOf("Meeting participants by sex, 2152S1"));
            assertThat(gender).contains("Albania 2152 1 2 1 0 66.7").doesNotContain("Regional and other meetings");
        }
    }

    @Test
    void theWorkbookHasTheMeetingsSheetInTheReadersLanguage() throws Exception {
        long id = generate("xlsx", "es");
        byte[] file = fixture.file(fixture.as("secretariat@demo"), id);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            var sheet = wb.findSheet("Reuniones").orElseThrow();
            List<Row> rows = sheet.read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Participantes en las reuniones por sexo, 2152S1");
            assertThat(rows.get(1).getCellText(3)).isEqualTo("Mujeres");
            var albania = rows.stream()
                    .filter(r -> r.getCellText(0).endsWith("Albania"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(rows.stream()
                            .map(r -> r.getCellText(0) + "|" + r.getCellText(1))
                            .toList()
                            .toString()));
            assertThat(albania.getCellText(1)).isEqualTo("2152");
            assertThat(new java.math.BigDecimal(albania.getCellText(3))).isEqualByComparingTo("2");
            assertThat(new java.math.BigDecimal(albania.getCellText(4))).isEqualByComparingTo("1");
        }
    }
}
