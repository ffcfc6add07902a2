package org.roadmapmonitor.analytics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.roadmapmonitor.shared.SpreadsheetText;

/**
 * A table written as CSV or XLSX row by row onto the response (the XLSX sheet is flushed every few hundred
 * rows, so memory stays flat whatever the size). Numbers stay numbers; every text cell is neutralised against
 * formula injection ({@link SpreadsheetText}).
 */
final class SpreadsheetTable implements AutoCloseable {
    private static final int FLUSH_EVERY = 500;

    private final CSVPrinter csv;
    private final Workbook book;
    private final Worksheet sheet;
    private int row;

    private SpreadsheetTable(CSVPrinter csv, Workbook book, Worksheet sheet) {
        this.csv = csv;
        this.book = book;
        this.sheet = sheet;
    }

    static SpreadsheetTable csv(OutputStream out, List<String> headings) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that Excel reads the file as UTF-8
        var table = new SpreadsheetTable(new CSVPrinter(writer, CSVFormat.DEFAULT), null, null);
        table.add(List.copyOf(headings));
        return table;
    }

    static SpreadsheetTable xlsx(OutputStream out, String sheetName, List<String> headings) throws IOException {
        var book = new Workbook(out, "Roadmap Monitor", "1.0");
        var table = new SpreadsheetTable(null, book, book.newWorksheet(SpreadsheetText.sheetName(sheetName)));
        table.add(List.copyOf(headings));
        return table;
    }

    /** One row: numbers as numbers, anything else as neutralised text, null as an empty cell. */
    void add(List<?> cells) throws IOException {
        if (csv != null) {
            csv.printRecord(cells.stream()
                    .map(c -> c == null ? "" : c instanceof Number n ? plain(n) : text(c))
                    .toList());
            return;
        }
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Number n) {
                sheet.value(row, c, n);
            } else if (cell != null) {
                sheet.value(row, c, text(cell));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private static String plain(Number n) {
        return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }

    private static String text(Object cell) {
        return SpreadsheetText.neutralised(cell.toString());
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.flush();
        } else {
            sheet.finish();
            book.finish();
        }
    }
}
