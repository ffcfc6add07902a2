package org.roadmapmonitor.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import org.roadmapmonitor.evidence.internal.RecordStore;
import org.roadmapmonitor.evidence.internal.WeaponItemCsv;
import org.springframework.stereotype.Service;

/**
 * Weapon items as a CSV file in the import's columns, with the filters and scoping of the records list: the
 * secretariat exports every jurisdiction's, an editor or approver their own; anyone else is refused.
 */
@Service
public class WeaponItemExport {
    /** An export whose scope is settled (the caller may read it); {@link #writeTo} streams it. */
    public interface Ready {
        long writeTo(OutputStream out) throws IOException;
    }

    private final EvidenceRecords records;
    private final WeaponItemCsv csv;

    WeaponItemExport(EvidenceRecords records, WeaponItemCsv csv) {
        this.records = records;
        this.csv = csv;
    }

    /** Settles who may see what now, before any byte is written (so a refusal is a clean error response). */
    public Ready of(EvidenceRecords.Query q) {
        var filter = new RecordStore.Filter(
                records.visible(),
                q.jurisdiction() == null || q.jurisdiction().isBlank()
                        ? null
                        : q.jurisdiction().strip(),
                q.from() == null ? null : Date.valueOf(q.from()),
                q.to() == null ? null : Date.valueOf(q.to()));
        return out -> csv.write(filter, out);
    }
}
