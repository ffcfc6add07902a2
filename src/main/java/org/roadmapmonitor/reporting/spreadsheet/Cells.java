package org.roadmapmonitor.reporting.spreadsheet;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writing cells of the template so that reading them back gives the same text. */
final class Cells {
    /** Protection keeps the structure intact for the upload; it is not meant to keep anything secret. */
    static final String PASSWORD = "roadmap-monitor";

    private Cells() {}

    /** The plain text of a number as Excel shows it in General format: "12", "0.125", never "12.0". */
    static String canonical(double number) {
        return new BigDecimal(NumberToTextConverter.toText(number)).toPlainString();
    }

    static void protect(XSSFSheet sheet) {
        sheet.protectSheet(PASSWORD);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    /** A number only when the cell gives it back unchanged; otherwise the text, for the rules to judge. */
    static void number(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            BigDecimal exact = new BigDecimal(value.strip());
            double d = exact.doubleValue();
            if (Double.isFinite(d) && new BigDecimal(canonical(d)).compareTo(exact) == 0) {
                cell.setCellValue(d);
                return;
            }
        } catch (NumberFormatException e) {
            // not a number: kept as text below
        }
        cell.setCellValue(value);
    }
}
