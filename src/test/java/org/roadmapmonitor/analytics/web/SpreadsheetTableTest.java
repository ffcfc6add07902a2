package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** What a spreadsheet opens from an export: numbers as numbers, people's text never run as a formula. */
class SpreadsheetTableTest {
    private static final List<Object> ROW =
            Arrays.asList("=HYPERLINK(\"x\")", "+44", "@SUM(A1)", "-2", new BigDecimal("-2.5"), null);

    @Test
    void csvTextThatLooksLikeAFormulaIsNeutralisedAndNumbersAreNot() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var table = SpreadsheetTable.csv(out, List.of("a", "b", "c", "d", "e", "f"))) {
            table.add(ROW);
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\",'+44,'@SUM(A1),'-2,-2.5,");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndTextAsNeutralisedText() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var table = SpreadsheetTable.xlsx(out, "Sheet: [1]", List.of("a", "b", "c", "d", "e", "f"))) {
            for (int i = 0; i < 1200; i++) {
                table.add(ROW);
            }
        }
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Sheet   1 ");
            var rows = sheet.read();
            assertThat(rows).hasSize(1201);
            var row = rows.get(1200);
            assertThat(row.getCellText(0)).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(row.getCellText(3)).isEqualTo("'-2");
            assertThat(row.getCellAsNumber(4)).contains(new BigDecimal("-2.5"));
        }
    }
}
