package org.roadmapmonitor.publication.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes every table of a {@link Doc} as a sheet of a workbook, after a first sheet with the cover and the
 * footnotes. Numbers are stored as numbers (from their neutral form), so that they can be summed.
 */
public final class DocXlsx {
    private DocXlsx() {}

    public static byte[] write(Doc doc) {
        var out = new ByteArrayOutputStream();
        try {
            var wb = new Workbook(out, "Roadmap Monitor", "1.0");
            Set<String> names = new HashSet<>();
            Worksheet cover = wb.newWorksheet(sheetName(doc.title(), names));
            int r = 0;
            cover.value(r, 0, doc.title());
            cover.style(r++, 0).bold().fontSize(14).set();
            for (String line : doc.cover()) {
                cover.value(r++, 0, line);
            }
            r++;
            for (String note : doc.footnotes()) {
                cover.value(r++, 0, note);
            }
            cover.width(0, 100);
            for (Doc.Section s : doc.sections()) {
                for (Doc.Block b : s.blocks()) {
                    if (b instanceof Doc.Table t) {
                        sheet(wb.newWorksheet(sheetName(t.sheet(), names)), t);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet ws, Doc.Table t) {
        ws.value(0, 0, t.caption());
        ws.style(0, 0).bold().set();
        for (int c = 0; c < t.headers().size(); c++) {
            ws.value(1, c, t.headers().get(c));
            ws.style(1, c).bold().fillColor("DDE4EE").set();
            ws.width(c, t.isNumeric(c) ? 14 : 28);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            var row = t.rows().get(i);
            for (int c = 0; c < row.size(); c++) {
                Doc.Cell cell = row.get(c);
                if (cell.raw() != null) {
                    ws.value(i + 2, c, new BigDecimal(cell.raw()));
                } else {
                    ws.value(i + 2, c, cell.shown());
                }
            }
        }
        ws.freezePane(0, 2);
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
