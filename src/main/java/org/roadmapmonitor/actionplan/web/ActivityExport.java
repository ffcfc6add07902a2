package org.roadmapmonitor.actionplan.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.shared.Downloads;
import org.roadmapmonitor.shared.SpreadsheetText;
import org.roadmapmonitor.shared.Texts;

/**
 * Who does what where as CSV (commons-csv) or Excel (fastexcel), written row by row as activities are read,
 * headed in the reader's language; text a spreadsheet would run as a formula is neutralised, amounts and
 * dates are written as numbers and dates.
 */
final class ActivityExport {
    static final List<String> HEADINGS = List.of(
            "actionplan.field.jurisdiction",
            "actionplan.field.objective",
            "actionplan.field.organisation",
            "actionplan.field.title",
            "actionplan.field.kind",
            "actionplan.field.start",
            "actionplan.field.end",
            "actionplan.field.budget",
            "actionplan.field.currency",
            "actionplan.field.fundingSource",
            "actionplan.field.funder",
            "actionplan.field.status");
    private static final int ROWS_PER_FLUSH = 500;

    private ActivityExport() {}

    static Downloads.Sink<Activity> csv(OutputStream out) throws IOException {
        return Downloads.csv(out, HEADINGS, ActivityExport::texts);
    }

    static Downloads.Sink<Activity> xlsx(OutputStream out) {
        var book = new Workbook(out, "Roadmap Monitor", "1.0");
        Worksheet sheet = book.newWorksheet(Texts.of("actionplan.wdww.sheet"));
        for (int c = 0; c < HEADINGS.size(); c++) {
            sheet.value(0, c, Texts.of(HEADINGS.get(c)));
        }
        int[] next = {1};
        return new Downloads.Sink<>() {
            @Override
            public void accept(Activity a) {
                int r = next[0]++;
                List<String> cells = texts(a);
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(r, c, cells.get(c));
                }
                sheet.value(r, 5, a.start());
                sheet.value(r, 6, a.end());
                sheet.style(r, 5).format("yyyy-mm-dd").set();
                sheet.style(r, 6).format("yyyy-mm-dd").set();
                if (a.budget() != null) {
                    sheet.value(r, 7, a.budget().amount());
                }
                try {
                    if (r % ROWS_PER_FLUSH == 0) {
                        sheet.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                sheet.finish();
                book.finish();
            }
        };
    }

    /** One activity's cells as text, every free text neutralised. */
    static List<String> texts(Activity a) {
        var cells = new ArrayList<String>();
        cells.add(a.jurisdiction());
        cells.add(a.objective());
        cells.add(SpreadsheetText.neutralised(a.organisation()));
        cells.add(SpreadsheetText.neutralised(a.title()));
        cells.add(Texts.of(a.partner() ? "actionplan.kind.PARTNER" : "actionplan.kind.PLAN"));
        cells.add(a.start().toString());
        cells.add(a.end().toString());
        cells.add(a.budget() == null ? "" : a.budget().amount().toPlainString());
        cells.add(a.budget() == null ? "" : a.budget().currency());
        cells.add(Texts.of("actionplan.source." + a.funding().source()));
        cells.add(SpreadsheetText.neutralised(funder(a)));
        cells.add(Texts.of("actionplan.status." + a.status()));
        return cells;
    }

    static String funder(Activity a) {
        var f = a.funding();
        if (f.source() == Activity.Source.TRUST_FUND) {
            return f.fund() + " / " + f.project();
        }
        return f.funder() == null ? "" : f.funder();
    }
}
