package org.roadmapmonitor.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Weapon-item CSV files for tests: every row valid, events of three weapons each, refs unique per prefix. */
public final class WeaponItemFiles {
    public static final String HEADER = "event_ref,event_type,criminal_offence,event_date,jurisdiction,agency,category,"
            + "manufacturer,country_of_manufacture,serial_number,model,calibre,year_of_manufacture,marking_status,"
            + "legal_status,antique,tracing_status,origin_established,origin_method";

    private WeaponItemFiles() {}

    /** Row {@code i} (0-based) of a file whose event refs start with {@code prefix}. */
    public static String row(String prefix, long i, String jurisdiction) {
        long event = i / 3;
        String type = event % 3 == 0 ? "SEIZED" : event % 3 == 1 ? "FOUND" : "SURRENDERED";
        String criminal = type.equals("SEIZED") ? (event % 2 == 0 ? "true" : "false") : "";
        boolean traced = i % 4 == 0;
        return prefix + "-" + event + "," + type + "," + criminal + ",2023-0" + (1 + event % 9) + "-15,"
                + jurisdiction + ",Police,PISTOL,Zastava,RS," + (i % 5 == 4 ? "" : "SN" + prefix + i)
                + ",M70,7.65mm,1985,UNIQUELY_MARKED,ILLEGAL_POSSESSION,false,"
                + (traced ? "TRACED,true,TRACING" : "PENDING,false,");
    }

    public static String csv(String prefix, int rows, String jurisdiction) {
        var sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            sb.append(row(prefix, i, jurisdiction)).append('\n');
        }
        return sb.toString();
    }

    /** A file of many rows written to disk, never held in memory. */
    public static Path large(Path dir, String prefix, long rows, String jurisdiction) {
        Path file = dir.resolve(prefix + ".csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (long i = 0; i < rows; i++) {
                out.write(row(prefix, i, jurisdiction));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
