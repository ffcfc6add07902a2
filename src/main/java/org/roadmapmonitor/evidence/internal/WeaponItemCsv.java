package org.roadmapmonitor.evidence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.shared.SpreadsheetText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Weapon items as a CSV file in the import's own columns (docs/evidence-import.md), so that the file can be
 * imported again: the same rows update the same items, never add to them. Read in keyset pages of the item id,
 * each one short statement outside any transaction, so memory stays bounded whatever the size and the request
 * holds at most one connection at a time, never across the whole download (the ledger export's lesson).
 */
@Component
public class WeaponItemCsv {
    private static final int PAGE = 10_000;

    /** In the order of {@link WeaponItemImport#COLUMNS}, after the item id; the table as the records list reads it. */
    private static final String SELECT = """
            select r.id, p.event_ref, p.event_type, p.criminal_offence, p.event_date, p.jurisdiction_code, p.agency,
                   p.municipality, r.category, r.manufacturer, r.country_of_manufacture, r.serial_number, r.model,
                   r.calibre, r.year_of_manufacture, r.import_marking, r.marking_status, r.conversion,
                   r.legal_status, r.antique, r.disposition, r.destroyed_on, r.tracing_status,
                   r.origin_established, r.origin_method, r.point_of_diversion, r.last_legal_record,
                   case when r.item_key is distinct from r.serial_number then r.item_key end
            from\s""";

    private final JdbcClient jdbc;

    WeaponItemCsv(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the header and every item the filter lets through, in id order; returns how many. */
    public long write(RecordStore.Filter f, OutputStream out) throws IOException {
        RecordTable t = RecordTables.of(RecordType.WEAPON_ITEMS);
        var params = new ArrayList<Object>();
        String sql = SELECT + t.from() + RecordStore.where(t, f, params) + " and r.id > ? order by r.id limit " + PAGE;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // Excel then reads the file as UTF-8; the import skips it
        var csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        csv.printRecord(WeaponItemImport.COLUMNS);
        long written = 0;
        long after = 0;
        while (true) {
            var page = new ArrayList<Object>(params);
            page.add(after);
            long[] last = {after};
            int[] rows = {0};
            jdbc.sql(sql).params(page).query(rs -> {
                last[0] = rs.getLong(1);
                rows[0]++;
                print(csv, rs);
            });
            written += rows[0];
            if (rows[0] < PAGE) {
                csv.flush();
                return written;
            }
            after = last[0];
        }
    }

    private static void print(CSVPrinter csv, ResultSet rs) throws SQLException {
        try {
            for (int c = 2; c <= 28; c++) {
                Object v = rs.getObject(c);
                csv.print(v == null ? "" : SpreadsheetText.neutralised(v.toString()));
            }
            csv.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
