package org.roadmapmonitor.reporting.spreadsheet;

import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.COMMENT;
import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.DENOMINATOR;
import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.FIRST_DATA_ROW;
import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.INDICATOR;
import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.KEY;
import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.META;
import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.NUMERATOR;
import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.README;
import static org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.VALUE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.Parsed;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.shared.Problem;

/**
 * Reads a filled template back: structure checks only, the values stay text for the business rules. The
 * sheets are streamed a row at a time (fastexcel-reader), so that memory stays bounded however large the
 * workbook; POI's whole-workbook model took 0.8 GB for a 13 MB file. Writing the template still uses POI.
 */
final class WorkbookReader {
    private static final DataFormatter DATES = new DataFormatter(Locale.ROOT);

    private final ReadableWorkbook workbook;
    private final List<ValueInput> values = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private long reportId = -1;
    private long revision = -1;

    private WorkbookReader(ReadableWorkbook workbook) {
        this.workbook = workbook;
    }

    static Parsed read(InputStream in, long expectedReportId) {
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            // A foreign or damaged file fails in many ways; to the user they all mean one thing
            return notAWorkbook();
        }
        try (workbook) {
            var reader = new WorkbookReader(workbook);
            reader.readAll(expectedReportId);
            return new Parsed(reader.reportId, reader.revision, reader.values, reader.problems);
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            return notAWorkbook();
        }
    }

    /** The read-me is the first sheet, named in the language of whoever downloaded the template. */
    private static boolean readMe(Sheet sheet) {
        return sheet.getIndex() == 0 || sheet.getName().equals(README);
    }

    private static Parsed notAWorkbook() {
        return new Parsed(-1, -1, List.of(), List.of(Problem.at("file", "reporting.xlsx.notWorkbook")));
    }

    private void readAll(long expectedReportId) throws IOException {
        List<Sheet> sheets = workbook.getSheets().toList();
        Map<String, Integer> expected = meta(expectedReportId);
        if (expected == null) {
            for (Sheet sheet : sheets) {
                if (!readMe(sheet) && !sheet.getName().equals(META)) {
                    rows(sheet, -1);
                }
            }
            return;
        }
        Map<String, Sheet> byName = new HashMap<>();
        sheets.forEach(s -> byName.put(s.getName(), s));
        for (var e : expected.entrySet()) {
            Sheet sheet = byName.get(e.getKey());
            if (sheet == null) {
                problems.add(Problem.at(e.getKey(), "reporting.xlsx.sheetMissing"));
            } else {
                rows(sheet, e.getValue());
            }
        }
        for (Sheet sheet : sheets) {
            String name = sheet.getName();
            if (!readMe(sheet) && !name.equals(META) && !expected.containsKey(name)) {
                problems.add(Problem.at(name, "reporting.xlsx.extraSheet"));
            }
        }
    }

    /** The objective sheets and their row counts, or null when the file does not say which report it is. */
    private Map<String, Integer> meta(long expectedReportId) throws IOException {
        var meta = workbook.findSheet(META);
        Map<Integer, Row> rows = new HashMap<>();
        if (meta.isPresent()) {
            try (Stream<Row> stream = meta.get().openStream()) {
                stream.forEach(r -> rows.put(r.getRowNum() - 1, r));
            }
        }
        Long id = meta.isEmpty() ? null : integer(cell(rows.get(ReportWorkbook.META_REPORT), 1));
        Long rev = meta.isEmpty() ? null : integer(cell(rows.get(ReportWorkbook.META_REVISION), 1));
        if (id == null || rev == null) {
            problems.add(Problem.at("file", "reporting.xlsx.noMeta", META));
            return null;
        }
        reportId = id;
        revision = rev;
        if (id != expectedReportId) {
            problems.add(Problem.at("file", "reporting.xlsx.otherReport", id, expectedReportId));
        }
        var sheets = new LinkedHashMap<String, Integer>();
        rows.keySet().stream()
                .filter(r -> r >= ReportWorkbook.META_FIRST_SHEET)
                .sorted()
                .forEach(r -> {
                    String name = text(cell(rows.get(r), 0));
                    Long count = integer(cell(rows.get(r), 2));
                    if (name != null) {
                        sheets.put(name, count == null ? -1 : count.intValue());
                    }
                });
        return sheets;
    }

    private void rows(Sheet sheet, int expectedRows) throws IOException {
        String name = sheet.getName();
        int[] found = {0};
        try (Stream<Row> stream = sheet.openStream()) {
            stream.forEach(row -> {
                int r = row.getRowNum() - 1;
                if (r >= FIRST_DATA_ROW && row(name, r, row)) {
                    found[0]++;
                }
            });
        }
        if (expectedRows >= 0 && found[0] != expectedRows) {
            problems.add(Problem.at(name, "reporting.xlsx.rowCount", found[0], expectedRows));
        }
    }

    /** Reads one data row; true when it names an indicator. */
    private boolean row(String sheet, int r, Row row) {
        String indicator = strip(text(cell(row, INDICATOR)));
        String value = strip(text(cell(row, VALUE)));
        String numerator = strip(text(cell(row, NUMERATOR)));
        String denominator = strip(text(cell(row, DENOMINATOR)));
        String comment = text(cell(row, COMMENT));
        if (indicator == null) {
            if (value != null || numerator != null || denominator != null || comment != null) {
                problems.add(Problem.at(
                        sheet + "!" + new CellReference(r, INDICATOR).formatAsString(false),
                        "reporting.xlsx.rowWithoutIndicator"));
            }
            return false;
        }
        String key = strip(text(cell(row, KEY)));
        String where = sheet + "!" + new CellReference(r, VALUE).formatAsString(false);
        values.add(new ValueInput(indicator, key == null ? "" : key, value, numerator, denominator, comment, where));
        return true;
    }

    private static Cell cell(Row row, int column) {
        return row == null ? null : row.getOptionalCell(column).orElse(null);
    }

    private static Long integer(Cell cell) {
        String text = strip(text(cell));
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What the cell shows as the user typed it; formulas by their last result; blank as null. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String raw = cell.getRawValue();
        String text = switch (cell.getType()) {
            case NUMBER -> number(cell, raw);
            case STRING, ERROR -> raw;
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case FORMULA -> formulaResult(cell, raw);
            case EMPTY -> null;
        };
        return text == null || text.isBlank() ? null : text;
    }

    private static String formulaResult(Cell cell, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return number(cell, raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String number(Cell cell, String raw) {
        if (raw == null) {
            return null;
        }
        double number = Double.parseDouble(raw);
        Integer format = cell.getDataFormatId();
        String pattern = cell.getDataFormatString();
        if (format != null && DateUtil.isADateFormat(format, pattern)) {
            // Excel turns "1/2" into a date; giving the date text back lets the rules reject it instead of a serial
            return DATES.formatRawCellContents(number, format, pattern);
        }
        return Cells.canonical(number);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
