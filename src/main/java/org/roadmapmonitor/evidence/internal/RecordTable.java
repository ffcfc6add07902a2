package org.roadmapmonitor.evidence.internal;

import java.util.List;
import java.util.Set;
import org.roadmapmonitor.evidence.RecordType;

/**
 * How one record type is stored: its table, how its jurisdiction and date are found (directly or through
 * the parent record), its fields as the API names them, and child rows written with it.
 *
 * @param from the FROM clause with the record aliased {@code r}, joined to whatever gives its jurisdiction
 * @param jurisdiction the SQL expression of the record's jurisdiction code
 * @param date the SQL expression of the record's date, for date-range filters
 * @param parent the field naming the parent record, whose jurisdiction the record has; null if it has its own
 */
public record RecordTable(
        RecordType type,
        String table,
        String from,
        String jurisdiction,
        String date,
        List<Field> fields,
        Parent parent,
        List<Child> children) {

    public enum Kind {
        TEXT,
        CODE,
        DATE,
        BOOLEAN,
        INTEGER,
        DECIMAL,
        ID
    }

    /** A field: its JSON name, column, kind, whether it is required, allowed codes and longest text. */
    public record Field(String name, String column, Kind kind, boolean required, Set<String> codes, int maxLength) {
        static Field text(String name, String column, boolean required, int maxLength) {
            return new Field(name, column, Kind.TEXT, required, Set.of(), maxLength);
        }

        static Field code(String name, String column, boolean required, String... codes) {
            return new Field(name, column, Kind.CODE, required, Set.of(codes), 40);
        }

        static Field typed(String name, String column, Kind kind, boolean required) {
            return new Field(name, column, kind, required, Set.of(), 0);
        }

        /** The codes in a stable order, for a form's choices. */
        public List<String> sortedCodes() {
            return codes.stream().sorted().toList();
        }
    }

    /** The record belongs to a parent of another type and takes its jurisdiction from it. */
    public record Parent(String field, String column, String table, String jurisdictionSql) {}

    /** Rows that belong to the record and are replaced with it (an incident's people, a site's inspections). */
    public record Child(String name, String table, String foreignKey, List<Field> fields) {}

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
