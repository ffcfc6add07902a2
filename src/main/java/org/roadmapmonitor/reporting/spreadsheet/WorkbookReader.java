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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook.Parsed;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.shared.Problem;

/** Reads a filled template back: structure checks only, the values stay text for the business rules. */
final class WorkbookReader {
    private static final DataFormatter DATES = new DataFormatter(Locale.ROOT);

    private final XSSFWorkbook workbook;
    private final List<ValueInput> values = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private long reportId = -1;
    private long revision = -1;

    private WorkbookReader(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static Parsed read(InputStream in, long expectedReportId) {
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI signals a foreign or damaged file with many exception types; to the user they all mean one thing
            return new Parsed(-1, -1, List.of(), List.of(Problem.at("file", "reporting.xlsx.notWorkbook")));
        }
        try (workbook) {
            var reader = new WorkbookReader(workbook);
            reader.readAll(expectedReportId);
            return new Parsed(reader.reportId, reader.revision, reader.values, reader.problems);
        } catch (IOException e) {
            throw new IllegalStateException("could not close a workbook read from memory", e);
        }
    }

    private void readAll(long expectedReportId) {
        Map<String, Integer> expected = meta(expectedReportId);
        if (expected == null) {
            for (Sheet sheet : workbook) {
                if (!sheet.getSheetName().equals(README)
                        && !sheet.getSheetName().equals(META)) {
                    rows(sheet, -1);
                }
            }
            return;
        }
        expected.forEach((name, count) -> {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                problems.add(Problem.at(name, "reporting.xlsx.sheetMissing"));
            } else {
                rows(sheet, count);
            }
        });
        for (Sheet sheet : workbook) {
            String name = sheet.getSheetName();
            if (!name.equals(README) && !name.equals(META) && !expected.containsKey(name)) {
                problems.add(Problem.at(name, "reporting.xlsx.extraSheet"));
            }
        }
    }

    /** The objective sheets and their row counts, or null when the file does not say which report it is. */
    private Map<String, Integer> meta(long expectedReportId) {
        Sheet meta = workbook.getSheet(META);
        Long id = meta == null ? null : integer(cell(meta, ReportWorkbook.META_REPORT, 1));
        Long rev = meta == null ? null : integer(cell(meta, ReportWorkbook.META_REVISION, 1));
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
        for (int r = ReportWorkbook.META_FIRST_SHEET; r <= meta.getLastRowNum(); r++) {
            String name = text(cell(meta, r, 0));
            Long count = integer(cell(meta, r, 2));
            if (name != null) {
                sheets.put(name, count == null ? -1 : count.intValue());
            }
        }
        return sheets;
    }

    private void rows(Sheet sheet, int expectedRows) {
        String name = sheet.getSheetName();
        int found = 0;
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String indicator = strip(text(row.getCell(INDICATOR)));
            String value = strip(text(row.getCell(VALUE)));
            String numerator = strip(text(row.getCell(NUMERATOR)));
            String denominator = strip(text(row.getCell(DENOMINATOR)));
            String comment = text(row.getCell(COMMENT));
            if (indicator == null) {
                if (value != null || numerator != null || denominator != null || comment != null) {
                    problems.add(Problem.at(
                            name + "!" + new CellReference(r, INDICATOR).formatAsString(false),
                            "reporting.xlsx.rowWithoutIndicator"));
                }
                continue;
            }
            found++;
            String key = strip(text(row.getCell(KEY)));
            String where = name + "!" + new CellReference(r, VALUE).formatAsString(false);
            values.add(
                    new ValueInput(indicator, key == null ? "" : key, value, numerator, denominator, comment, where));
        }
        if (expectedRows >= 0 && found != expectedRows) {
            problems.add(Problem.at(name, "reporting.xlsx.rowCount", found, expectedRows));
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
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
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> error(cell);
            default -> null;
        };
        return text == null || text.isBlank() ? null : text;
    }

    private static String number(Cell cell) {
        double number = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            // Excel turns "1/2" into a date; giving the date text back lets the rules reject it instead of a serial
            var style = cell.getCellStyle();
            return DATES.formatRawCellContents(number, style.getDataFormat(), style.getDataFormatString());
        }
        return Cells.canonical(number);
    }

    private static String error(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
