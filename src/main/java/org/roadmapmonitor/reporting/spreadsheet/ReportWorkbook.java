package org.roadmapmonitor.reporting.spreadsheet;

import static org.roadmapmonitor.reporting.spreadsheet.Cells.number;
import static org.roadmapmonitor.reporting.spreadsheet.Cells.protect;
import static org.roadmapmonitor.reporting.spreadsheet.Cells.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.roadmapmonitor.reporting.spreadsheet.SheetReport.SheetObjective;
import org.roadmapmonitor.reporting.spreadsheet.SheetReport.SheetRow;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

/**
 * The Excel template of one progress report, to fill offline, and the reading back of a filled one. The
 * template is protected so that only the yellow cells can change; reading checks the structure only and
 * leaves the values to the business rules. Plain Java, no Spring.
 */
public final class ReportWorkbook {
    /** The first sheet's name in English; it is written in the reader's language ({@link #readMeName()}). */
    static final String README = "Read me";

    static final String META = "_meta";

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    static final int INDICATOR = 0;
    static final int VALUE = 7;
    static final int NUMERATOR = 8;
    static final int DENOMINATOR = 9;
    static final int COMMENT = 10;
    static final int KEY = 11;
    /** The column headings' message keys (workbook.col.*), in column order. */
    private static final String[] HEADERS = {
        "indicatorCode",
        "indicator",
        "disaggregation",
        "unit",
        "baseline",
        "target",
        "previous",
        "value",
        "numerator",
        "denominator",
        "comment",
        "key"
    };

    private static final int[] WIDTHS = {14, 48, 22, 12, 12, 12, 14, 14, 13, 13, 40, 24};

    /** _meta: one label/value pair per row (values in column B), then one row per objective sheet. */
    static final int META_REPORT = 0;

    static final int META_REVISION = 1;
    static final int META_FIRST_SHEET = 8;
    static final String FORMAT = "1";

    /** A filled template as read: the identity it carries, one input per data row, and what is wrong. */
    public record Parsed(long reportId, long revision, List<ValueInput> values, List<Problem> problems) {
        public Parsed {
            values = List.copyOf(values);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ReportWorkbook() {}

    public static byte[] write(SheetReport report) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var styles = new WorkbookStyles(workbook);
            readMe(workbook.createSheet(readMeName()), styles, report);
            List<String> names = sheetNames(report.objectives());
            for (int i = 0; i < names.size(); i++) {
                objective(
                        workbook.createSheet(names.get(i)),
                        styles,
                        report.objectives().get(i));
            }
            meta(workbook.createSheet(META), styles, report, names);
            workbook.setSheetHidden(workbook.getSheetIndex(META), true);
            workbook.setActiveSheet(0);
            workbook.lockStructure();
            workbook.setWorkbookPassword(Cells.PASSWORD, null);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a filled template. Values come back as the text of what is in the cells (numbers in plain
     * notation, "12" not "12.0"); the caller must check {@link Parsed#problems()} before using them, and
     * compare the rows and the revision with the report as it is now.
     */
    public static Parsed read(InputStream in, long expectedReportId) {
        return WorkbookReader.read(in, expectedReportId);
    }

    /** The first sheet's name in the reader's language (it is always the first: readers skip it by position). */
    static String readMeName() {
        return WorkbookUtil.createSafeSheetName(Texts.of("workbook.readMe"), ' ');
    }

    private static void readMe(XSSFSheet sheet, WorkbookStyles styles, SheetReport report) {
        text(sheet.createRow(0), 0, Texts.of("workbook.title"), styles.title);
        String[][] identity = {
            {
                Texts.of("workbook.framework"),
                Texts.of(
                        "workbook.frameworkValue",
                        or(report.frameworkName(), report.framework()),
                        or(report.framework(), ""),
                        or(report.version(), ""))
            },
            {
                Texts.of("workbook.jurisdiction"),
                or(report.jurisdictionName(), report.jurisdiction())
                        + (report.jurisdictionFootnote() == null ? "" : "*")
                        + (report.jurisdiction() == null ? "" : " (" + report.jurisdiction() + ")")
            },
            {"", report.jurisdictionFootnote() == null ? null : "* " + report.jurisdictionFootnote()},
            {Texts.of("workbook.period"), report.period()},
            {Texts.of("workbook.state"), Texts.of("report.state." + report.state())},
            {Texts.of("workbook.revision"), Long.toString(report.revision())},
            {Texts.of("workbook.report"), "#" + report.reportId()}
        };
        int r = 2;
        for (String[] pair : identity) {
            if (pair[1] == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            text(row, 0, pair[0], styles.label);
            text(row, 1, pair[1], styles.text);
        }
        text(sheet.createRow(++r), 0, Texts.of("workbook.howTo"), styles.label);
        for (int step = 1; step <= 5; step++) {
            text(sheet.createRow(++r), 1, Texts.of("workbook.step" + step), styles.wrap);
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        protect(sheet);
    }

    private static void objective(XSSFSheet sheet, WorkbookStyles styles, SheetObjective objective) {
        text(sheet.createRow(TITLE_ROW), 0, or(objective.title(), objective.label()), styles.title);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.length; c++) {
            text(header, c, Texts.of("workbook.col." + HEADERS[c]), styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = FIRST_DATA_ROW;
        for (SheetRow sr : objective.rows()) {
            Row row = sheet.createRow(r++);
            boolean narrative = "NARRATIVE".equalsIgnoreCase(sr.type());
            String label = sr.disaggregation() == null || sr.disaggregation().isEmpty()
                    ? Texts.of("workbook.total")
                    : or(sr.disaggregationLabel(), sr.disaggregation());
            text(row, INDICATOR, sr.indicator(), styles.text);
            text(row, 1, sr.indicatorTitle(), styles.wrap);
            text(row, 2, label, styles.text);
            text(row, 3, sr.unit(), styles.text);
            number(row, 4, sr.baseline(), styles.text);
            number(row, 5, sr.target(), styles.text);
            number(row, 6, sr.previous(), styles.text);
            CellStyle value = sr.editable() && !sr.ratio()
                    ? (narrative ? styles.inputWrap : styles.input)
                    : (narrative ? styles.wrap : styles.text);
            if (narrative) {
                text(row, VALUE, sr.value(), value);
            } else {
                number(row, VALUE, sr.value(), value);
            }
            CellStyle part = sr.editable() && sr.ratio() ? styles.input : styles.text;
            number(row, NUMERATOR, sr.numerator(), part);
            number(row, DENOMINATOR, sr.denominator(), part);
            text(row, COMMENT, sr.comment(), sr.editable() ? styles.inputWrap : styles.wrap);
            text(row, KEY, sr.disaggregation() == null ? "" : sr.disaggregation(), styles.text);
            if (sr.editable() && !sr.ratio() && !sr.choices().isEmpty()) {
                choices(sheet, row.getRowNum(), sr.choices());
            }
        }
        sheet.setColumnHidden(KEY, true);
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        protect(sheet);
    }

    /** A drop-down of the allowed answers, with their meanings shown when the cell is selected. */
    private static void choices(XSSFSheet sheet, int rowIndex, List<SheetReport.Choice> choices) {
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createExplicitListConstraint(
                choices.stream().map(SheetReport.Choice::value).toArray(String[]::new));
        var validation = helper.createValidation(
                constraint, new org.apache.poi.ss.util.CellRangeAddressList(rowIndex, rowIndex, VALUE, VALUE));
        String meanings = String.join(
                "; ", choices.stream().map(c -> c.value() + " = " + c.label()).toList());
        validation.setShowPromptBox(true);
        validation.createPromptBox("", meanings.length() > 250 ? meanings.substring(0, 250) : meanings);
        validation.setShowErrorBox(true);
        validation.createErrorBox("", meanings.length() > 250 ? meanings.substring(0, 250) : meanings);
        sheet.addValidationData(validation);
    }

    private static void meta(XSSFSheet sheet, WorkbookStyles styles, SheetReport report, List<String> names) {
        String[][] pairs = {
            {"report", Long.toString(report.reportId())},
            {"revision", Long.toString(report.revision())},
            {"framework", report.framework()},
            {"version", report.version()},
            {"jurisdiction", report.jurisdiction()},
            {"period", report.period()},
            {"format", FORMAT}
        };
        for (int i = 0; i < pairs.length; i++) {
            Row row = sheet.createRow(i);
            text(row, 0, pairs[i][0], styles.text);
            text(row, 1, pairs[i][1], styles.text);
        }
        Row header = sheet.createRow(META_FIRST_SHEET - 1);
        text(header, 0, "sheet", styles.text);
        text(header, 1, "objective", styles.text);
        text(header, 2, "rows", styles.text);
        for (int i = 0; i < names.size(); i++) {
            Row row = sheet.createRow(META_FIRST_SHEET + i);
            text(row, 0, names.get(i), styles.text);
            text(row, 1, report.objectives().get(i).code(), styles.text);
            text(row, 2, Integer.toString(report.objectives().get(i).rows().size()), styles.text);
        }
        protect(sheet);
    }

    /** Excel's rules: at most 31 characters, none of {@code \ / ? * [ ] :}, unique ignoring case. */
    static List<String> sheetNames(List<SheetObjective> objectives) {
        Set<String> used = new HashSet<>(
                List.of(README.toLowerCase(Locale.ROOT), readMeName().toLowerCase(Locale.ROOT), META, "history"));
        var names = new ArrayList<String>();
        for (int i = 0; i < objectives.size(); i++) {
            SheetObjective o = objectives.get(i);
            String fallback = Texts.of("workbook.objective", i + 1);
            String proposal = or(or(o.label(), o.code()), fallback);
            String base = WorkbookUtil.createSafeSheetName(
                            proposal.replaceAll("[\\\\/?*\\[\\]:]", " ")
                                    .replaceAll("\\s+", " ")
                                    .strip(),
                            ' ')
                    .strip();
            base = base.isEmpty() ? fallback : base;
            String name = base;
            for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length()))
                                .strip()
                        + suffix;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            names.add(name);
        }
        return names;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
