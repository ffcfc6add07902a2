package org.roadmapmonitor.evidence.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.shared.SpreadsheetText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weapon items as a CSV file in the import's own columns (docs/evidence-import.md), so that the file can be
 * imported again: the same rows update the same items, never add to them. One statement read through a
 * server-side cursor ({@code fetchSize} rows at a time) inside a read-only transaction that this class opens
 * and closes around the whole download, with the rows handed to the writer as they arrive: memory stays
 * bounded whatever the size, the request holds its one connection, and no JDBC stream outlives its transaction
 * (the ledger export's lesson). A keyset-paged first version took three times as long in the benchmark.
 */
@Component
public class WeaponItemCsv {
    private static final int FETCH = 5_000;

    /** In the order of {@link WeaponItemImport#COLUMNS}; the table as the records list reads it. */
    private static final String SELECT = """
            select p.event_ref, p.event_type, p.criminal_offence::text, p.event_date, p.jurisdiction_code, p.agency,
                   p.municipality, r.category, r.manufacturer, r.country_of_manufacture, r.serial_number, r.model,
                   r.calibre, r.year_of_manufacture, r.import_marking, r.marking_status, r.conversion,
                   r.legal_status, r.antique::text, r.disposition, r.destroyed_on, r.tracing_status,
                   r.origin_established::text, r.origin_method, r.point_of_diversion, r.last_legal_record,
                   case when r.item_key is distinct from r.serial_number then r.item_key end
            from\s""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    WeaponItemCsv(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Writes the header and every item the filter lets through; returns how many. */
    public long write(RecordStore.Filter f, OutputStream out) throws IOException {
        RecordTable t = RecordTables.of(RecordType.WEAPON_ITEMS);
        var params = new ArrayList<Object>();
        String sql = SELECT + t.from() + RecordStore.where(t, f, params);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF'); // Excel then reads the file as UTF-8; the import skips it
        var csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        csv.printRecord(WeaponItemImport.COLUMNS);
        long[] written = {0};
        readOnly.executeWithoutResult(status -> jdbc.query(
                sql,
                rs -> {
                    written[0]++;
                    print(csv, rs);
                },
                params.toArray()));
        csv.flush();
        return written[0];
    }

    private static void print(CSVPrinter csv, ResultSet rs) throws SQLException {
        try {
            for (int c = 1; c <= 27; c++) {
                String v = rs.getString(c);
                csv.print(v == null ? "" : SpreadsheetText.neutralised(v));
            }
            csv.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
