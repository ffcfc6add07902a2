package org.roadmapmonitor.fund.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.Texts;

/**
 * The funding status as CSV and as an Excel workbook, row for row and column for column as on the page. Amounts are written from
 * their exact decimals; in the workbook they are numbers (so that they can be summed) with a two-decimal
 * format, as in the Gateway's own download.
 */
public final class StatusExport {
    private StatusExport() {}

    public static byte[] csv(Fund fund, StatusLines.Columns columns) {
        // The byte-order mark makes Excel read the file as UTF-8 (labels such as "÷" stay readable).
        var out = new StringBuilder("\uFEFF");
        out.append("fund,administrative_agent,as_of,section,line,prior_years_usd,current_year_usd,usd,percent\r\n");
        String section = "";
        for (var line : StatusLines.of(columns)) {
            if (line.heading()) {
                section = label(line);
                continue;
            }
            out.append(fund.code())
                    .append(',')
                    .append(quote(fund.administrativeAgent()))
                    .append(',');
            out.append(columns.cumulative().asOf()).append(',');
            out.append(quote(section)).append(',').append(quote(label(line))).append(',');
            out.append(plain(line.prior())).append(',');
            out.append(plain(line.current())).append(',');
            out.append(plain(line.amount())).append(',');
            out.append(line.percent() == null ? "" : line.percent().toPlainString())
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Columns as on the Gateway: the line, prior years, the current year, cumulative. */
    public static byte[] xlsx(Fund fund, StatusLines.Columns columns) {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Texts.of("fund.status.title"));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle strong = book.createCellStyle();
            strong.setFont(bold);
            CellStyle usd = book.createCellStyle();
            usd.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle usdBold = book.createCellStyle();
            usdBold.cloneStyleFrom(usd);
            usdBold.setFont(bold);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(fund.name() + " (" + fund.code() + ")");
            title.getCell(0).setCellStyle(strong);
            sheet.createRow(r++).createCell(0).setCellValue("Administrative agent: " + fund.administrativeAgent());
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue("Funding status as of " + columns.cumulative().asOf() + ", in USD");
            Row head = sheet.createRow(r++);
            head.createCell(1).setCellValue("Prior years (to " + columns.priorYearsEnd() + ")");
            head.createCell(2).setCellValue("Current year (" + columns.currentYear() + ")");
            head.createCell(3).setCellValue("Cumulative");
            for (int i = 1; i <= 3; i++) {
                head.getCell(i).setCellStyle(strong);
            }
            for (var line : StatusLines.of(columns)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(label(line));
                if (line.heading() || line.total()) {
                    row.getCell(0).setCellStyle(strong);
                }
                if (line.amount() != null) {
                    Money[] cells = {line.prior(), line.current(), line.amount()};
                    for (int i = 0; i < cells.length; i++) {
                        // The exact decimal text goes into the sheet's XML as a number: no double on the way.
                        XSSFCell cell = (XSSFCell) row.createCell(i + 1, CellType.NUMERIC);
                        cell.getCTCell().setV(cells[i].plain());
                        cell.setCellStyle(line.total() ? usdBold : usd);
                    }
                } else if (line.percent() != null || line.priorPercent() != null) {
                    // Real numbers formatted as percentages, so that they can be computed with.
                    percentCell(row, 1, line.priorPercent(), percent);
                    percentCell(row, 3, line.percent(), percent);
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            for (int i = 1; i <= 3; i++) {
                sheet.setColumnWidth(i, 22 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the funding status workbook", e);
        }
    }

    /** The line's label in the language of the person downloading, as on the page. */
    private static String label(StatusLines.Line line) {
        return Texts.of("fund.status." + line.key());
    }

    private static void percentCell(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            XSSFCell cell = (XSSFCell) row.createCell(column, CellType.NUMERIC);
            cell.getCTCell().setV(value.movePointLeft(2).toPlainString());
            cell.setCellStyle(style);
        }
    }

    private static String plain(Money m) {
        return m == null ? "" : m.plain();
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
