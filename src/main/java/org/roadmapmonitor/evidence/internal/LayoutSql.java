package org.roadmapmonitor.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.roadmapmonitor.evidence.internal.ImportLayout.ChildRows;
import org.roadmapmonitor.evidence.internal.ImportLayout.Owner;
import org.roadmapmonitor.evidence.internal.RecordTable.Field;

/**
 * The SQL of {@link LayoutImport}, built from a layout's fixed names and codes only. Every rule is one line of
 * a lateral list, so a staged file is checked in one scan; every problem is a message key with its arguments.
 */
final class LayoutSql {
    private LayoutSql() {}

    private static final String INSERT_ERROR =
            "insert into evidence_import_error (job_id, line_no, column_name, message_key, args)\n";

    /** Parameters: job id, allowed jurisdictions (text[] or null). */
    static String rowChecks(ImportLayout layout, String resolvedRows) {
        var checks = new ArrayList<String>();
        check(checks, "jurisdiction", "n.jurisdiction is null", "evidence.import.required", null);
        check(
                checks,
                "jurisdiction",
                "n.jurisdiction is not null and n.known_jurisdiction is null",
                "evidence.import.unknownJurisdiction",
                "array[n.jurisdiction]");
        check(
                checks,
                "jurisdiction",
                "n.jurisdiction_kind = 'REGION'",
                "evidence.import.regionJurisdiction",
                "array[n.jurisdiction]");
        check(
                checks,
                "jurisdiction",
                "n.allowed is not null and n.known_jurisdiction is not null and not (n.jurisdiction = any(n.allowed))",
                "evidence.import.notYourJurisdiction",
                "array[n.jurisdiction]");
        if (layout.owner() != Owner.JURISDICTION) {
            check(checks, "event_ref", "n.event_ref is null", "evidence.import.required", null);
            check(
                    checks,
                    "event_ref",
                    "n.event_ref is not null and n.known_jurisdiction is not null and n.event_id is null",
                    "evidence.import.unknownEvent",
                    "array[n.event_ref, n.jurisdiction]");
        }
        if (layout.owner() == Owner.WEAPON) {
            check(checks, "serial_number", "n.serial_number is null", "evidence.import.required", null);
            check(
                    checks,
                    "serial_number",
                    "n.serial_number is not null and n.event_id is not null and n.owner_id is null",
                    "evidence.import.unknownItem",
                    "array[n.serial_number, n.event_ref]");
        }
        layout.fields().forEach(f -> fieldChecks(checks, f, f.name(), f.required() ? "true" : null));
        for (ChildRows child : layout.children()) {
            String present = "n." + child.fileColumn(child.fields().get(0)) + " is not null";
            child.fields().forEach(f -> fieldChecks(checks, f, child.fileColumn(f), f.required() ? present : null));
        }
        layout.rules().forEach(r -> check(checks, r.column(), r.broken(), r.key(), r.args()));
        return INSERT_ERROR + """
                select ?, n.line_no + 1, c.col, c.msg, c.args
                from (select r.*, cast(? as text[]) as allowed from %s r) n
                cross join lateral (values %s) c(col, bad, msg, args)
                where c.bad
                limit 100000""".formatted(resolvedRows, String.join(",\n", checks));
    }

    /** The checks of one column; {@code requiredWhen} is the condition under which it must be given. */
    private static void fieldChecks(List<String> checks, Field f, String column, String requiredWhen) {
        String v = "n." + column;
        if (requiredWhen != null) {
            check(checks, column, requiredWhen + " and " + v + " is null", "evidence.import.required", null);
        }
        switch (f.kind()) {
            case CODE -> {
                var codes = f.codes().stream().sorted().toList();
                check(
                        checks,
                        column,
                        v + " not in (" + codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
                                + ")",
                        "evidence.import.oneOf",
                        "array[" + v + ", '" + String.join(", ", codes) + "']");
            }
            case DATE -> {
                check(checks, column, "not evidence_is_date(" + v + ")", "evidence.import.date", "array[" + v + "]");
                check(
                        checks,
                        column,
                        "case when evidence_is_date(" + v + ") then " + v + "::date > current_date end",
                        "evidence.import.future",
                        "array[" + v + "]");
            }
            case BOOLEAN ->
                check(checks, column, v + " not in ('true', 'false')", "evidence.import.boolean", "array[" + v + "]");
            case INTEGER ->
                check(checks, column, v + " !~ '^[0-9]{1,9}$'", "evidence.import.wholeNumber", "array[" + v + "]");
            case DECIMAL -> {
                boolean signed = column.endsWith("latitude") || column.endsWith("longitude");
                check(
                        checks,
                        column,
                        v + " !~ '^" + (signed ? "-?" : "") + "[0-9]{1,9}(\\.[0-9]{1,6})?$'",
                        signed ? "evidence.import.decimal" : "evidence.import.positiveDecimal",
                        "array[" + v + "]");
            }
            case TEXT ->
                check(
                        checks,
                        column,
                        "length(" + v + ") > " + f.maxLength(),
                        "evidence.import.tooLong",
                        "array['" + f.maxLength() + "']");
            case ID -> {}
        }
    }

    private static void check(List<String> checks, String column, String broken, String key, String args) {
        checks.add("('" + column + "', " + broken + ", '" + key + "', " + (args == null ? "'{}'::text[]" : args) + ")");
    }

    /**
     * Rows of one record that disagree on its own columns (a layout with child rows), or a record given twice
     * (one without). Parameter: job id.
     */
    static String disagreements(ImportLayout layout, String rows) {
        String keys = keyColumns(layout).stream().collect(Collectors.joining(", "));
        String notNull =
                keyColumns(layout).stream().map(k -> "g." + k + " is not null").collect(Collectors.joining(" and "));
        String n = prefixed(layout, "n");
        String d = prefixed(layout, "d");
        String keyText = "concat_ws(' / ', " + n + ")";
        if (layout.children().isEmpty()) {
            return INSERT_ERROR + """
                    select ?, n.line_no + 1, '%s', 'evidence.import.duplicateRecord',
                           array[%s, (d.first_line + 1)::text]
                    from (select %s, min(line_no) as first_line from %s g where %s
                          group by %s having count(*) > 1) d
                    join %s n on (%s) = (%s) and n.line_no <> d.first_line
                    limit 100000""".formatted(layout.key().get(0), keyText, keys, rows, notNull, keys, rows, n, d);
        }
        var own = layout.fields().stream()
                .map(Field::name)
                .filter(c -> !layout.key().contains(c))
                .toList();
        String values =
                own.stream().map(c -> "('" + c + "', n." + c + ", f." + c + ")").collect(Collectors.joining(", "));
        return INSERT_ERROR
                + """
                select ?, n.line_no + 1, c.col, 'evidence.import.recordDisagrees',
                       array[coalesce(c.val, ''), (f.line_no + 1)::text, coalesce(c.first_val, ''), %s]
                from (select %s, min(line_no) as first_line from %s g where %s
                      group by %s having count(distinct (%s)) > 1) d
                join %s n on (%s) = (%s) and n.line_no <> d.first_line
                join %s f on f.line_no = d.first_line
                cross join lateral (values %s) c(col, val, first_val)
                where c.val is distinct from c.first_val
                limit 100000""".formatted(keyText, keys, rows, notNull, keys, String.join(", ", own), rows, n, d, rows, values);
    }

    /** The first row of each record. */
    static String firstRows(ImportLayout layout, String resolvedRows) {
        String keys = prefixed(layout, "r");
        return "select distinct on (" + keys + ") * from " + resolvedRows + " r order by " + keys + ", r.line_no";
    }

    /** Inserts or updates each record of {@code import_record}. Parameters (audited tables): actor, demo. */
    static String upsert(ImportLayout layout) {
        var columns = new ArrayList<String>();
        var values = new ArrayList<String>();
        columns.add(layout.owner().column);
        values.add(owner(layout, "n"));
        for (Field f : layout.fields()) {
            columns.add(f.column());
            values.add(cast(layout, f, "n." + f.name()));
        }
        var updates = layout.fields().stream()
                .filter(f -> !layout.key().contains(f.name()))
                .map(f -> f.column() + " = excluded." + f.column())
                .collect(Collectors.toCollection(ArrayList::new));
        if (layout.audited()) {
            columns.addAll(List.of("updated_at", "updated_by", "demo"));
            values.addAll(List.of("now()", "?", "?"));
            updates.addAll(List.of("updated_at = excluded.updated_at", "updated_by = excluded.updated_by"));
        }
        if (!updates.isEmpty()) {
            // Every write of a record raises its revision, so that an API client's If-Match read before the
            // import no longer holds after it.
            updates.add("revision = " + layout.table() + ".revision + 1");
        }
        var conflict = new ArrayList<String>();
        conflict.add(layout.owner().column);
        layout.key().forEach(k -> conflict.add(field(layout, k).column()));
        return "insert into " + layout.table() + " (" + String.join(", ", columns) + ")\nselect "
                + String.join(", ", values) + " from import_record n\non conflict (" + String.join(", ", conflict)
                + ") do " + (updates.isEmpty() ? "nothing" : "update set " + String.join(", ", updates));
    }

    static String deleteChildren(ImportLayout layout, ChildRows child) {
        return "delete from " + child.table() + " where " + child.foreignKey() + " in (select t.id from "
                + layout.table() + " t join import_record n on " + match(layout) + ")";
    }

    static String insertChildren(ImportLayout layout, ChildRows child, String resolvedRows) {
        var columns = new ArrayList<String>();
        var values = new ArrayList<String>();
        columns.add(child.foreignKey());
        values.add("t.id");
        for (Field f : child.fields()) {
            columns.add(f.column());
            values.add(cast(layout, f, "n." + child.fileColumn(f)));
        }
        return "insert into " + child.table() + " (" + String.join(", ", columns) + ")\nselect "
                + String.join(", ", values) + " from " + resolvedRows + " n join " + layout.table() + " t on "
                + match(layout) + " where n." + child.fileColumn(child.fields().get(0)) + " is not null";
    }

    private static String match(ImportLayout layout) {
        var parts = new ArrayList<String>();
        parts.add("t." + layout.owner().column + " = " + owner(layout, "n"));
        layout.key().forEach(k -> parts.add("t." + field(layout, k).column() + " = n." + k));
        return String.join(" and ", parts);
    }

    private static String owner(ImportLayout layout, String alias) {
        return layout.owner() == Owner.JURISDICTION ? alias + ".jurisdiction" : alias + ".owner_id";
    }

    private static String cast(ImportLayout layout, Field f, String v) {
        String typed = switch (f.kind()) {
            case DATE -> v + "::date";
            case BOOLEAN -> v + "::boolean";
            case INTEGER -> v + "::bigint";
            case DECIMAL -> v + "::numeric";
            default -> v;
        };
        String fallback = layout.defaults().get(f.column());
        return fallback == null ? typed : "coalesce(" + typed + ", " + fallback + ")";
    }

    private static Field field(ImportLayout layout, String name) {
        return layout.fields().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> keyColumns(ImportLayout layout) {
        var out = new ArrayList<String>(layout.owner().fileColumns());
        out.addAll(layout.key());
        return out;
    }

    private static String prefixed(ImportLayout layout, String alias) {
        return keyColumns(layout).stream().map(k -> alias + "." + k).collect(Collectors.joining(", "));
    }
}
