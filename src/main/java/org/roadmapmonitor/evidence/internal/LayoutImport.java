package org.roadmapmonitor.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.evidence.internal.ImportLayout.ChildRows;
import org.roadmapmonitor.evidence.internal.ImportLayout.Owner;
import org.roadmapmonitor.evidence.internal.RecordTable.Field;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import of one {@link ImportLayout}: every rule of every staged row checked in one scan, rows of one
 * record that disagree found in one grouped pass, then the records upserted on their natural key and their
 * child rows replaced, all in SQL built only from the layout's fixed names (values are bound or read from the
 * staging table, never spliced in).
 */
class LayoutImport implements ImportSpec {
    private final JdbcClient jdbc;
    private final ImportLayout layout;

    LayoutImport(JdbcClient jdbc, ImportLayout layout) {
        this.jdbc = jdbc;
        this.layout = layout;
    }

    @Override
    public RecordType type() {
        return layout.type();
    }

    @Override
    public List<String> columns() {
        return layout.columns();
    }

    @Override
    public List<String> requiredColumns() {
        return layout.requiredColumns();
    }

    @Override
    public long validate(StagedFile file) {
        String rows = resolved(file.table());
        long problems = jdbc.sql(LayoutSql.rowChecks(layout, rows))
                .params(file.jobId(), allowed(file))
                .update();
        problems += jdbc.sql(LayoutSql.disagreements(layout, normalised(file.table())))
                .params(file.jobId())
                .update();
        return problems;
    }

    @Override
    public long merge(StagedFile file, Progress progress) {
        String rows = resolved(file.table());
        jdbc.sql("create temp table import_record on commit drop as " + LayoutSql.firstRows(layout, rows))
                .update();
        var params = new ArrayList<Object>();
        if (layout.audited()) {
            params.add(file.actor());
            params.add(file.demo());
        }
        jdbc.sql(LayoutSql.upsert(layout)).params(params).update();
        for (ChildRows child : layout.children()) {
            jdbc.sql(LayoutSql.deleteChildren(layout, child)).update();
            jdbc.sql(LayoutSql.insertChildren(layout, child, rows)).update();
        }
        progress.processed(file.rows());
        return 0;
    }

    /** The staged rows trimmed, empty text as null, codes in capitals, flags in lower case. */
    String normalised(String table) {
        var columns = new ArrayList<String>();
        columns.add("s.line_no");
        columns.add("upper(nullif(btrim(s.jurisdiction), '')) as jurisdiction");
        if (layout.owner() != Owner.JURISDICTION) {
            columns.add("nullif(btrim(s.event_ref), '') as event_ref");
        }
        if (layout.owner() == Owner.WEAPON) {
            columns.add("nullif(btrim(s.serial_number), '') as serial_number");
        }
        layout.fields().forEach(f -> columns.add(normalise(f, f.name())));
        layout.children().forEach(c -> c.fields().forEach(f -> columns.add(normalise(f, c.fileColumn(f)))));
        return "(select " + String.join(", ", columns) + " from " + table + " s)";
    }

    private static String normalise(Field f, String column) {
        String trimmed = "nullif(btrim(s." + column + "), '')";
        return switch (f.kind()) {
            case CODE -> "upper(" + trimmed + ") as " + column;
            case BOOLEAN -> "lower(" + trimmed + ") as " + column;
            default -> trimmed + " as " + column;
        };
    }

    /** The normalised rows with their jurisdiction and owner looked up: {@code owner_id} is the owner's id. */
    private String resolved(String table) {
        String owner = switch (layout.owner()) {
            case JURISDICTION -> "null::bigint as event_id, null::bigint as owner_id";
            case EVENT -> "e.id as event_id, e.id as owner_id";
            case WEAPON -> "e.id as event_id, w.id as owner_id";
        };
        String joins = switch (layout.owner()) {
            case JURISDICTION -> "";
            case EVENT ->
                " left join arms_event e on e.jurisdiction_code = n.jurisdiction" + " and e.event_ref = n.event_ref";
            case WEAPON ->
                " left join arms_event e on e.jurisdiction_code = n.jurisdiction"
                        + " and e.event_ref = n.event_ref"
                        + " left join weapon_item w on w.event_id = e.id and w.item_key = n.serial_number";
        };
        return "(select n.*, j.code as known_jurisdiction, j.kind as jurisdiction_kind, " + owner + " from "
                + normalised(table) + " n left join jurisdiction j on j.code = n.jurisdiction" + joins + ")";
    }

    private static String[] allowed(StagedFile file) {
        return file.allowedJurisdictions() == null
                ? null
                : file.allowedJurisdictions().toArray(String[]::new);
    }
}
