package org.roadmapmonitor.fund.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.ledger.FundingStatus;
import org.roadmapmonitor.shared.Texts;

/**
 * The funding status as CSV and as an Excel workbook, row for row as on the page. Amounts are written from
 * their exact decimals; in the workbook they are numbers (so that they can be summed) with a two-decimal
 * format, as in the Gateway's own download.
 */
public final class StatusExport {
    private StatusExport() {}

    public static byte[] csv(Fund fund, FundingStatus s) {
        // The byte-order mark makes Excel read the file as UTF-8 (labels such as "÷" stay readable).
        var out = new StringBuilder("\uFEFF");
        out.append("fund,as_of,section,line,usd,percent\r\n");
        String section = "";
        for (var line : StatusLines.of(s)) {
            if (line.heading()) {
                section = label(line);
                continue;
            }
            out.append(fund.code()).append(',').append(s.asOf()).append(',');
            out.append(quote(section)).append(',').append(quote(label(line))).append(',');
            out.append(line.amount() == null ? "" : line.amount().plain()).append(',');
            out.append(line.percent() == null ? "" : line.percent().toPlainString())
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Fund fund, FundingStatus s) {
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
            sheet.createRow(r++).createCell(0).setCellValue(Texts.of("fund.status.caption", s.asOf()));
            r++;
            for (var line : StatusLines.of(s)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(label(line));
                if (line.heading() || line.total()) {
                    row.getCell(0).setCellStyle(strong);
                }
                if (line.amount() != null) {
                    // The exact decimal text goes into the sheet's XML as a number: no double on the way.
                    XSSFCell cell = (XSSFCell) row.createCell(1, CellType.NUMERIC);
                    cell.getCTCell().setV(line.amount().plain());
                    cell.setCellStyle(line.total() ? usdBold : usd);
                } else if (line.percent() != null) {
                    // A real number formatted as a percentage, so that it can be computed with.
                    XSSFCell cell = (XSSFCell) row.createCell(1, CellType.NUMERIC);
                    cell.getCTCell().setV(line.percent().movePointLeft(2).toPlainString());
                    cell.setCellStyle(percent);
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 20 * 256);
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

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
