package org.roadmapmonitor.reporting.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.reporting.spreadsheet.SheetReport.SheetObjective;
import org.roadmapmonitor.reporting.spreadsheet.SheetReport.SheetRow;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.shared.Problem;

class ReportWorkbookTest {
    private static final String COMMENT = "Données révisées\nselon la police";

    private static SheetRow row(String indicator, String key, String value, String comment, boolean editable) {
        return new SheetRow(
                indicator,
                "Number of weapons collected in " + indicator,
                key,
                key.isEmpty() ? "" : "Female",
                "COUNT",
                false,
                "weapons",
                "10",
                "100",
                "9",
                value,
                null,
                null,
                comment,
                editable,
                List.of());
    }

    private static SheetRow ratio(String indicator, String numerator, String denominator) {
        return new SheetRow(
                indicator,
                "Share of cases prosecuted",
                "",
                "",
                "RATIO",
                true,
                "%",
                "0.2",
                "0.5",
                null,
                "0.75",
                numerator,
                denominator,
                null,
                true,
                List.of());
    }

    private static SheetReport report() {
        var goal3 = new SheetObjective(
                "G3",
                "Goal 3",
                "Reduce illicit flows",
                List.of(
                        row("3.1", "", "12", COMMENT, true),
                        row("3.1", "sex=female", "0.125", null, true),
                        row("3.2", "", "1234567.89", null, true),
                        ratio("3.3", "3", "4"),
                        row("3.4", "", "7", "checked", false),
                        row("3.5", "", null, null, true)));
        var goal4 = new SheetObjective(
                "G4",
                "Goal 4: stocks/ammunition [safety] and more words",
                "Secure stockpiles",
                List.of(row("4.1", "", "n/a", null, true)));
        var goal4again = new SheetObjective(
                "G4b",
                "goal 4: stocks/ammunition [safety] and more words",
                "Again",
                List.of(row("4.2", "", "5", null, true)));
        return new SheetReport(
                12,
                7,
                "ROADMAP",
                "Western Balkans Roadmap",
                "2.1",
                "AL",
                "Albania",
                "2024S1",
                "DRAFT",
                List.of(goal3, goal4, goal4again));
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) throws IOException {
        try (var workbook = open(bytes);
                var out = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static ReportWorkbook.Parsed read(byte[] bytes, long reportId) {
        return ReportWorkbook.read(new ByteArrayInputStream(bytes), reportId);
    }

    private static ValueInput find(ReportWorkbook.Parsed parsed, String indicator, String key) {
        return parsed.values().stream()
                .filter(v ->
                        v.indicator().equals(indicator) && v.disaggregation().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void writtenTemplateReadsBackThePrefilledValuesExactly() {
        var parsed = read(ReportWorkbook.write(report()), 12);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.reportId()).isEqualTo(12);
        assertThat(parsed.revision()).isEqualTo(7);
        assertThat(parsed.values())
                .extracting(
                        ValueInput::indicator,
                        ValueInput::disaggregation,
                        ValueInput::value,
                        ValueInput::comment,
                        ValueInput::where)
                .containsExactly(
                        tuple("3.1", "", "12", COMMENT, "Goal 3!H3"),
                        tuple("3.1", "sex=female", "0.125", null, "Goal 3!H4"),
                        tuple("3.2", "", "1234567.89", null, "Goal 3!H5"),
                        tuple("3.3", "", "0.75", null, "Goal 3!H6"),
                        tuple("3.4", "", "7", "checked", "Goal 3!H7"),
                        tuple("3.5", "", null, null, "Goal 3!H8"),
                        tuple("4.1", "", "n/a", null, "Goal 4 stocks ammunition safety!H3"),
                        tuple("4.2", "", "5", null, "goal 4 stocks ammunition sa (2)!H3"));
    }

    @Test
    void ratioRowsGiveTheirNumeratorAndDenominator() {
        var ratio = find(read(ReportWorkbook.write(report()), 12), "3.3", "");

        assertThat(ratio.numerator()).isEqualTo("3");
        assertThat(ratio.denominator()).isEqualTo("4");
    }

    @Test
    void numbersAreWrittenAsNumericCellsAndOtherTextAsText() throws IOException {
        try (var workbook = open(ReportWorkbook.write(report()))) {
            assertThat(workbook.getSheet("Goal 3").getRow(2).getCell(7).getNumericCellValue())
                    .isEqualTo(12.0);
            assertThat(workbook.getSheet("Goal 3").getRow(4).getCell(7).getNumericCellValue())
                    .isEqualTo(1234567.89);
            assertThat(workbook.getSheetAt(2).getRow(2).getCell(7).getStringCellValue())
                    .isEqualTo("n/a");
        }
    }

    @Test
    void sheetsAreProtectedAndOnlyTheCellsToFillAreUnlockedAndYellow() throws IOException {
        try (var workbook = open(ReportWorkbook.write(report()))) {
            assertThat(workbook.isStructureLocked()).isTrue();
            for (var sheet : workbook) {
                assertThat(((XSSFSheet) sheet).getProtect())
                        .as(sheet.getSheetName())
                        .isTrue();
            }
            XSSFSheet goal3 = workbook.getSheet("Goal 3");
            // row 3: editable count; row 6: editable ratio; row 7: not editable
            assertThat(locks(goal3, 2))
                    .containsExactly(true, true, true, true, true, true, true, false, true, true, false, true);
            assertThat(locks(goal3, 5))
                    .containsExactly(true, true, true, true, true, true, true, true, false, false, false, true);
            assertThat(locks(goal3, 6)).containsOnly(true);
            assertThat(goal3.isColumnHidden(11)).isTrue();
            CellStyle input = goal3.getRow(2).getCell(7).getCellStyle();
            assertThat(input.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(input.getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(goal3.getRow(6).getCell(7).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.NO_FILL);
        }
    }

    private static List<Boolean> locks(XSSFSheet sheet, int row) {
        return java.util.stream.IntStream.range(0, 12)
                .mapToObj(c -> sheet.getRow(row).getCell(c).getCellStyle().getLocked())
                .toList();
    }

    @Test
    void templateHasAReadMeFirstAndAHiddenMetaSheet() throws IOException {
        try (var workbook = open(ReportWorkbook.write(report()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Read me");
            String readMe = java.util.stream.StreamSupport.stream(
                            workbook.getSheetAt(0).spliterator(), false)
                    .flatMap(r -> java.util.stream.StreamSupport.stream(r.spliterator(), false))
                    .map(Cell::getStringCellValue)
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(readMe).contains("Western Balkans Roadmap", "2.1", "Albania", "2024S1", "draft", "yellow");
            int meta = workbook.getSheetIndex("_meta");
            assertThat(meta).isPositive();
            assertThat(workbook.getSheetVisibility(meta)).isNotEqualTo(SheetVisibility.VISIBLE);
            assertThat(workbook.getSheet("_meta").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("12");
        }
    }

    @Test
    void objectiveSheetNamesAreMadeSafeAndUnique() {
        var names = ReportWorkbook.sheetNames(report().objectives());

        assertThat(names)
                .containsExactly("Goal 3", "Goal 4 stocks ammunition safety", "goal 4 stocks ammunition sa (2)");
        assertThat(names).allMatch(n -> n.length() <= 31);
    }

    @Test
    void usersEditsAreReadBackWithTheirCell() throws IOException {
        byte[] filled = edit(ReportWorkbook.write(report()), workbook -> {
            XSSFSheet goal3 = workbook.getSheet("Goal 3");
            goal3.getRow(2).getCell(7).setCellValue(42);
            goal3.getRow(3).getCell(7).setCellValue("12,5");
            goal3.getRow(4).getCell(7).setCellValue(0.1);
            goal3.getRow(5).getCell(8).setCellValue(5);
            goal3.getRow(7).getCell(7).setCellValue(3.0E-7);
            goal3.getRow(7).getCell(10).setCellValue("  ");
        });

        var parsed = read(filled, 12);

        assertThat(parsed.problems()).isEmpty();
        assertThat(find(parsed, "3.1", ""))
                .extracting(ValueInput::value, ValueInput::where)
                .containsExactly("42", "Goal 3!H3");
        assertThat(find(parsed, "3.1", "sex=female").value()).isEqualTo("12,5");
        assertThat(find(parsed, "3.2", "").value()).isEqualTo("0.1");
        assertThat(find(parsed, "3.3", "").numerator()).isEqualTo("5");
        assertThat(find(parsed, "3.5", ""))
                .extracting(ValueInput::value, ValueInput::comment)
                .containsExactly("0.0000003", null);
    }

    @Test
    void aDateTypedInAValueCellComesBackAsDateTextNotASerialNumber() throws IOException {
        byte[] filled = edit(ReportWorkbook.write(report()), workbook -> {
            var cell = workbook.getSheet("Goal 3").getRow(2).getCell(7);
            var style = workbook.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(workbook.createDataFormat().getFormat("d-mmm"));
            cell.setCellStyle(style);
            cell.setCellValue(java.time.LocalDate.of(2024, 1, 2));
        });

        assertThat(find(read(filled, 12), "3.1", "").value()).isEqualTo("2-Jan");
    }

    @Test
    void fileOfAnotherReportIsAProblem() {
        var parsed = read(ReportWorkbook.write(report()), 17);

        assertThat(parsed.reportId()).isEqualTo(12);
        assertThat(parsed.problems())
                .containsExactly(Problem.at("file", "this file is the template of report 12, not of report 17"));
    }

    @Test
    void randomBytesGiveOneFileProblemAndNoException() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        var parsed = read(noise, 12);

        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.problems())
                .hasSize(1)
                .first()
                .extracting(Problem::path)
                .isEqualTo("file");
    }

    @Test
    void emptyUploadGivesOneFileProblem() {
        assertThat(read(new byte[0], 12).problems()).extracting(Problem::path).containsExactly("file");
    }

    @Test
    void missingMetaSheetIsAProblemButTheValuesAreStillListed() throws IOException {
        byte[] changed = edit(ReportWorkbook.write(report()), w -> w.removeSheetAt(w.getSheetIndex("_meta")));

        var parsed = read(changed, 12);

        assertThat(parsed.problems()).extracting(Problem::path).containsExactly("file");
        assertThat(parsed.problems().get(0).message()).contains("_meta");
        assertThat(parsed.values()).hasSize(8);
    }

    @Test
    void removedRenamedAndAddedSheetsAreEachAProblem() throws IOException {
        byte[] changed = edit(ReportWorkbook.write(report()), w -> {
            w.setSheetName(w.getSheetIndex("Goal 3"), "Goal three");
            w.removeSheetAt(w.getSheetIndex("Goal 4 stocks ammunition safety"));
        });

        var parsed = read(changed, 12);

        assertThat(parsed.problems())
                .extracting(Problem::path)
                .containsExactly("Goal 3", "Goal 4 stocks ammunition safety", "Goal three");
        assertThat(parsed.values()).extracting(ValueInput::indicator).containsExactly("4.2");
    }

    @Test
    void valuesOnARowWithoutIndicatorCodeAreAProblemAtThatRow() throws IOException {
        byte[] changed = edit(ReportWorkbook.write(report()), w -> {
            XSSFSheet goal3 = w.getSheet("Goal 3");
            goal3.getRow(3).getCell(0).setBlank();
            goal3.createRow(20).createCell(7).setCellValue(99);
        });

        var parsed = read(changed, 12);

        assertThat(parsed.problems()).extracting(Problem::path).containsExactly("Goal 3!A4", "Goal 3!A21", "Goal 3");
        assertThat(parsed.problems().get(2).message()).contains("5 indicator rows", "had 6");
    }

    @Test
    void theTemplatePrintsTheJurisdictionsDesignationFootnoteUnderItsName() throws IOException {
        String un = "References to Kosovo shall be understood to be in the context of Security Council resolution"
                + " 1244 (1999).";
        var r = report();
        var kosovo = new SheetReport(
                r.reportId(),
                r.revision(),
                r.framework(),
                r.frameworkName(),
                r.version(),
                "XK",
                "Kosovo",
                r.period(),
                r.state(),
                r.objectives(),
                un);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.write(kosovo)))) {
            var readMe = book.getSheet(ReportWorkbook.README);
            List<String> texts = new ArrayList<>();
            readMe.forEach(row -> row.forEach(c -> texts.add(c.toString())));
            assertThat(texts).contains("Kosovo* (XK)", "* " + un);
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.write(r)))) {
            List<String> texts = new ArrayList<>();
            book.getSheet(ReportWorkbook.README).forEach(row -> row.forEach(c -> texts.add(c.toString())));
            assertThat(texts).contains("Albania (AL)").noneMatch(t -> t.startsWith("* "));
        }
    }
}
