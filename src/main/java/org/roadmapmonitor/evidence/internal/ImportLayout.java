package org.roadmapmonitor.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.evidence.internal.RecordTable.Field;

/**
 * How a record type other than weapon items is laid out in an import file (docs/evidence-import.md): one row
 * per record, columns named as the table's; every file names the {@code jurisdiction}; a record that belongs
 * to an arms event or a weapon item names it by {@code event_ref} (and {@code serial_number}); child rows (an
 * incident's people and weapons, a site's inspections) come as extra rows of the same record, their columns
 * prefixed. A record is identified by its natural key, so the same file imported twice updates, never
 * duplicates; a record's children are replaced by those of the file.
 *
 * @param fields the record's own columns ({@link Field#name()} is the file column, {@link Field#column()} the table's)
 * @param key the record's identifying columns within its owner
 * @param owner what the record belongs to
 * @param audited whether the table keeps {@code updated_at}, {@code updated_by} and {@code demo}
 * @param children child rows carried on the record's rows
 * @param rules checks across columns, as SQL over the normalised row {@code n}
 * @param defaults SQL literals for table columns that are NOT NULL with a default, used when a file leaves
 *     them empty
 */
record ImportLayout(
        RecordType type,
        String table,
        List<Field> fields,
        List<String> key,
        Owner owner,
        boolean audited,
        List<ChildRows> children,
        List<Rule> rules,
        java.util.Map<String, String> defaults) {

    /** Whom a record belongs to, and the column of the table that says so. */
    enum Owner {
        /** {@code jurisdiction} → {@code jurisdiction_code}. */
        JURISDICTION("jurisdiction_code"),
        /** {@code jurisdiction} and {@code event_ref} → {@code event_id}. */
        EVENT("event_id"),
        /** {@code jurisdiction}, {@code event_ref} and {@code serial_number} → {@code weapon_item_id}. */
        WEAPON("weapon_item_id");

        final String column;

        Owner(String column) {
            this.column = column;
        }

        List<String> fileColumns() {
            return switch (this) {
                case JURISDICTION -> List.of("jurisdiction");
                case EVENT -> List.of("jurisdiction", "event_ref");
                case WEAPON -> List.of("jurisdiction", "event_ref", "serial_number");
            };
        }
    }

    /**
     * Child rows: {@code prefix} + a field's column is the file column; a row carries a child when the first
     * field is given.
     */
    record ChildRows(String table, String foreignKey, String prefix, List<Field> fields) {
        String fileColumn(Field f) {
            return prefix + f.name();
        }
    }

    /** A rule across columns: the column it is reported on, when it is broken, its message key and arguments. */
    record Rule(String column, String broken, String key, String args) {}

    /** Every column of the file, in the order of the documentation. */
    List<String> columns() {
        var out = new ArrayList<String>(owner.fileColumns());
        fields.forEach(f -> out.add(f.name()));
        children.forEach(c -> c.fields().forEach(f -> out.add(c.fileColumn(f))));
        return List.copyOf(out);
    }

    List<String> requiredColumns() {
        var out = new ArrayList<String>(owner.fileColumns());
        fields.stream().filter(Field::required).forEach(f -> out.add(f.name()));
        return List.copyOf(out);
    }
}
