package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.shared.Texts;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A narrative progress report's Excel template asks for no values, its "Read me" sheet is named in the
 * reader's language (and a French template still uploads), and evidence-import problems name their row in it.
 */
@IntegrationTest
class TemplateLanguageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    @Test
    void aNarrativeReportsTemplateHasNoValueCellsAndItsReadMeIsInTheReadersLanguage() throws Exception {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2132S1");
        var created = editor().post("/api/v1/reports", """
                {"framework": "WB-SALW-ROADMAP", "jurisdiction": "RS", "period": "2132S1"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();

        byte[] template = editor().getBytes("/api/v1/reports/" + id + "/template.xlsx?lang=fr")
                .body();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Lisez-moi");
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                var sheet = wb.getSheetAt(s);
                if (wb.isSheetHidden(s)) {
                    continue;
                }
                for (var row : sheet) {
                    if (row.getRowNum() >= 2 && row.getCell(0) != null) {
                        assertThat(row.getCell(0).getStringCellValue())
                                .as("a value row in " + sheet.getSheetName())
                                .isEmpty();
                    }
                }
            }
        }
        var back =
                editor().postFile("/api/v1/reports/" + id + "/upload?dryRun=true", "modele.xlsx", template, Map.of());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(JSON.readTree(back.body()).get("problems")).isEmpty();
    }

    @Test
    void aKpiTemplateSpeaksTheReadersLanguageAndReadsBackWhateverLanguageItWasWrittenIn() throws Exception {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2154");
        var created = editor().post("/api/v1/reports", """
                {"framework": "WB-SALW-ROADMAP", "jurisdiction": "RS", "period": "2154"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        var goal = Map.of("en", "Goal 1", "fr", "Objectif 1", "es", "Objetivo 1");
        var readBackIn = Map.of("en", "fr", "fr", "es", "es", "en");
        for (String lang : List.of("en", "fr", "es")) {
            byte[] template = editor().getBytes("/api/v1/reports/" + id + "/template.xlsx?lang=" + lang)
                    .body();
            try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                assertThat(wb.getSheetName(1)).as(lang).isEqualTo(goal.get(lang));
                var total = wb.getSheetAt(1).getRow(2);
                assertThat(total.getCell(2).getStringCellValue())
                        .as(lang)
                        .isEqualTo(Texts.of("workbook.total"))
                        .isNotBlank();
                assertThat(total.getCell(11).getStringCellValue())
                        .as("a total's key")
                        .isEmpty();
            }
            String other = readBackIn.get(lang);
            var back = editor().postFile(
                            "/api/v1/reports/" + id + "/upload?dryRun=true&lang=" + other,
                            "template-" + lang + ".xlsx",
                            template,
                            Map.of());
            assertThat(back.statusCode())
                    .as(lang + " read in " + other + ": " + back.body())
                    .isEqualTo(200);
            assertThat(JSON.readTree(back.body()).get("problems")).as(lang).isEmpty();
        }
    }

    @Test
    void anEvidenceImportNamesTheRowOfAHeaderProblemInTheReadersLanguage() {
        var res = Http.api(port)
                .basic("secretariat@demo", "demo")
                .sendRaw("/api/v1/imports?type=trainings&lang=es", "text/csv", "jurisdiction,title\nRS,x\n");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("fila 1, columna training_ref").doesNotContain("row 1");
    }
}
