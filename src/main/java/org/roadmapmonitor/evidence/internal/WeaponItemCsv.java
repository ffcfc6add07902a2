package org.roadmapmonitor.evidence.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.roadmapmonitor.evidence.RecordType;
import org.springframework.stereotype.Component;

/**
 * Weapon items as a CSV file in the import's own columns (docs/evidence-import.md), so that the file can be
 * imported again: the same rows update the same items, never add to them. The rows are spooled first, at the
 * database's speed, by one {@code COPY (SELECT …) TO STDOUT (FORMAT csv)} into a temporary file (the server
 * formats the CSV; constant memory), and the connection goes back to the pool before the first byte leaves for
 * the client, which then reads the file from disk at its own speed: a slow download holds no connection. The
 * filter's values are bound with {@code set_config} in the COPY's transaction (COPY takes no parameters), never
 * written into the SQL. Text that a spreadsheet would run as a formula gets a leading apostrophe in SQL, as
 * {@link org.roadmapmonitor.shared.SpreadsheetText#neutralised} does.
 */
@Component
public class WeaponItemCsv {
    /** In the order of {@link WeaponItemImport#COLUMNS}; the table as the records list reads it. */
    private static final List<String> SELECTED = List.of(
            "p.event_ref",
            "p.event_type",
            "p.criminal_offence::text",
            "p.event_date::text",
            "p.jurisdiction_code",
            "p.agency",
            "p.municipality",
            "r.category",
            "r.manufacturer",
            "r.country_of_manufacture",
            "r.serial_number",
            "r.model",
            "r.calibre",
            "r.year_of_manufacture::text",
            "r.import_marking",
            "r.marking_status",
            "r.conversion",
            "r.legal_status",
            "r.antique::text",
            "r.disposition",
            "r.destroyed_on::text",
            "r.tracing_status",
            "r.origin_established::text",
            "r.origin_method",
            "r.point_of_diversion",
            "r.last_legal_record",
            "case when r.item_key is distinct from r.serial_number then r.item_key end");

    private final DataSource dataSource;

    WeaponItemCsv(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the header and every item the filter lets through; returns how many. */
    public long write(RecordStore.Filter f, OutputStream out) throws IOException {
        Path spool = Files.createTempFile("weapon-items-", ".csv");
        try {
            long rows;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                file.write("\uFEFF".getBytes(StandardCharsets.UTF_8)); // Excel then reads UTF-8; the import skips it
                file.write((String.join(",", WeaponItemImport.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
                rows = spoolRows(f, file);
            }
            Files.copy(spool, out);
            out.flush();
            return rows;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** The rows into {@code file} by one COPY on a connection held only for it. */
    private long spoolRows(RecordStore.Filter f, OutputStream file) throws IOException {
        RecordTable t = RecordTables.of(RecordType.WEAPON_ITEMS);
        var params = new ArrayList<Object>();
        String where = RecordStore.where(t, f, params);
        var settings = new StringBuilder("select true");
        var bound = new ArrayList<String>();
        var sql = new StringBuilder();
        int p = 0;
        for (int i = 0; i < where.length(); i++) {
            char c = where.charAt(i);
            if (c != '?') {
                sql.append(c);
                continue;
            }
            String name = "roadmap.export_" + (p + 1);
            Object value = params.get(p++);
            settings.append(", set_config('").append(name).append("', ?, true) is not null");
            if (value instanceof String[] codes) {
                bound.add(String.join(",", codes));
                sql.append("string_to_array(current_setting('").append(name).append("'), ',')");
            } else if (value instanceof Date date) {
                bound.add(date.toString());
                sql.append("current_setting('").append(name).append("')::date");
            } else {
                bound.add(String.valueOf(value));
                sql.append("current_setting('").append(name).append("')");
            }
        }
        String copy = "copy (select "
                + String.join(
                        ", ", SELECTED.stream().map(WeaponItemCsv::neutralised).toList()) + " from " + t.from()
                + sql + ") to stdout (format csv)";
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                c.setReadOnly(true);
                try (var s = c.prepareStatement(settings.toString())) {
                    for (int i = 0; i < bound.size(); i++) {
                        s.setString(i + 1, bound.get(i));
                    }
                    s.execute();
                }
                long rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, file);
                c.commit();
                return rows;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The weapon-item export could not be read", e); // a 500, logged
        }
    }

    /** The column's text with a leading apostrophe where a spreadsheet would run it as a formula. */
    private static String neutralised(String column) {
        return "case when left(" + column + ", 1) in ('=', '+', '-', '@', E'\\t', E'\\r') then '''' || " + column
                + " else " + column + " end";
    }
}
