package org.roadmapmonitor.fund.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.shared.Downloads;
import org.roadmapmonitor.shared.SpreadsheetText;
import org.roadmapmonitor.shared.Texts;

/**
 * The ledger as CSV or Excel, written row by row as entries are read (a fund's whole history never sits in
 * memory), headed in the reader's language. Text that a spreadsheet would run as a formula (=, +, -, @) is
 * neutralised with a leading apostrophe; amounts are written as numbers.
 */
final class LedgerExport {
    private static final List<String> HEADINGS = List.of(
            "fund.ledger.id",
            "fund.field.date",
            "fund.ledger.type",
            "fund.ledger.party",
            "fund.field.amount",
            "fund.field.currency",
            "fund.field.usdRate",
            "fund.status.usd",
            "fund.ledger.reversesColumn",
            "fund.field.memo");

    /** Consumes entries; {@link #close()} finishes the file. */
    interface Sink extends Consumer<Entry>, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    private LedgerExport() {}

    static Sink csv(OutputStream out) throws IOException {
        var rows = Downloads.csv(out, HEADINGS, LedgerExport::cells);
        return new Sink() {
            @Override
            public void accept(Entry e) {
                rows.accept(e);
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    static Sink xlsx(OutputStream out) {
        var book = new SXSSFWorkbook(100);
        SXSSFSheet sheet = book.createSheet(SpreadsheetText.sheetName(Texts.of("fund.tab.ledger")));
        Row head = sheet.createRow(0);
        for (int c = 0; c < HEADINGS.size(); c++) {
            head.createCell(c).setCellValue(Texts.of(HEADINGS.get(c)));
        }
        int[] next = {1};
        return new Sink() {
            @Override
            public void accept(Entry e) {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = cells(e);
                for (int c = 0; c < cells.size(); c++) {
                    boolean number = c == 0
                            || c == 4
                            || c == 6
                            || c == 7
                            || (c == 8 && !cells.get(c).isEmpty());
                    // Excel keeps every number as a double; amounts of NUMERIC(19,4) up to 15 digits show exactly.
                    if (number && !cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }

            @Override
            public void close() throws IOException {
                book.write(out);
                book.close();
            }
        };
    }

    /** One entry's cells: numbers as plain decimals, text neutralised. */
    static List<String> cells(Entry e) {
        String party = e.project() != null ? e.project() : e.donor() != null ? e.donor() : e.organisation();
        return List.of(
                String.valueOf(e.id()),
                e.date().toString(),
                neutralised(Texts.of("fund.type." + e.type().name())),
                neutralised(party == null ? "" : party),
                e.amount().plain(),
                e.amount().currency(),
                e.usdRate().toPlainString(),
                e.usd().plain(),
                e.reverses() == null ? "" : String.valueOf(e.reverses()),
                neutralised(e.memo() == null ? "" : e.memo()));
    }

    /** Text a spreadsheet would read as a formula gets a leading apostrophe, so that it is shown, not run. */
    static String neutralised(String text) {
        return SpreadsheetText.neutralised(text);
    }
}
