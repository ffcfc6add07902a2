package org.roadmapmonitor.evidence.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.evidence.internal.RecordTable.Child;
import org.roadmapmonitor.evidence.internal.RecordTable.Field;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of evidence records, built only from the fixed table descriptions in {@link RecordTables} with
 * every value bound. A page is read in a fixed number of queries: the records, their count, and one query
 * per kind of child row.
 */
@Component
public class RecordStore {
    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters: jurisdictions the reader may see (null: all), a jurisdiction or region, a date range. */
    public record Filter(List<String> visible, String place, Date from, Date to) {}

    public record Page(List<Map<String, Object>> records, long total) {}

    public Page page(RecordTable t, Filter f, int page, int size) {
        var params = new ArrayList<Object>();
        String where = where(t, f, params);
        long total = jdbc.sql("select count(*) from " + t.from() + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Map<String, Object>> records = jdbc.sql(
                        select(t) + where + " order by " + t.date() + " desc nulls last, r.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, i) -> row(t, rs))
                .list();
        attachChildren(t, records);
        return new Page(records, total);
    }

    /** The filter as a where clause over {@code t}'s columns (fixed text), its values added to {@code params}. */
    static String where(RecordTable t, Filter f, List<Object> params) {
        var where = new StringBuilder(" where true");
        if (f.visible() != null) {
            where.append(" and ").append(t.jurisdiction()).append(" = any(?)");
            params.add(f.visible().toArray(String[]::new));
        }
        if (f.place() != null) {
            where.append(" and ")
                    .append(t.jurisdiction())
                    .append(" in (select j.code from jurisdiction j join jurisdiction r on j.path like r.path || '%'"
                            + " where r.code = ?)");
            params.add(f.place());
        }
        if (f.from() != null) {
            where.append(" and ").append(t.date()).append(" >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.append(" and ").append(t.date()).append(" <= ?");
            params.add(f.to());
        }
        return where.toString();
    }

    public Optional<Map<String, Object>> find(RecordTable t, long id) {
        var found = jdbc.sql(select(t) + " where r.id = ?")
                .param(id)
                .query((rs, i) -> row(t, rs))
                .optional();
        found.ifPresent(r -> attachChildren(t, List.of(r)));
        return found;
    }

    /**
     * The records of type {@code t} that belong to one parent record (an event's weapons, a weapon's tracing
     * requests), oldest first, at most {@code limit}: one query, and one per kind of child row.
     */
    public List<Map<String, Object>> ofParent(RecordTable t, long parentId, int limit) {
        List<Map<String, Object>> records = jdbc.sql(
                        select(t) + " where r." + t.parent().column() + " = ? order by r.id limit ?")
                .params(parentId, limit)
                .query((rs, i) -> row(t, rs))
                .list();
        attachChildren(t, records);
        return records;
    }

    /** The jurisdiction of the parent record (an event, a weapon), if it exists. */
    public Optional<String> parentJurisdiction(RecordTable t, long parentId) {
        return jdbc.sql(t.parent().jurisdictionSql())
                .param(parentId)
                .query(String.class)
                .optional();
    }

    /** Columns left empty take their default (a weapon is stored unless said otherwise). */
    public long insert(RecordTable t, Map<String, Object> columns) {
        var given = new LinkedHashMap<String, Object>(columns);
        given.values().removeIf(v -> v == null);
        var names = new ArrayList<>(given.keySet());
        String sql = "insert into " + t.table() + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ") returning id";
        return jdbc.sql(sql)
                .params(new ArrayList<>(given.values()))
                .query(Long.class)
                .single();
    }

    /** A replacement: a column left empty goes back to its default (null where there is none). */
    public void update(RecordTable t, long id, Map<String, Object> columns) {
        var params = new ArrayList<Object>();
        var sets = new ArrayList<String>();
        columns.forEach((column, value) -> {
            if (value == null) {
                sets.add(column + " = default");
            } else {
                sets.add(column + " = ?");
                params.add(value);
            }
        });
        if (t.parent() == null) {
            sets.add("updated_at = now()");
        }
        params.add(id);
        jdbc.sql("update " + t.table() + " set " + String.join(", ", sets) + " where id = ?")
                .params(params)
                .update();
    }

    public void delete(RecordTable t, long id) {
        jdbc.sql("delete from " + t.table() + " where id = ?").param(id).update();
    }

    public void replaceChildren(Child child, long id, List<Map<String, Object>> rows) {
        jdbc.sql("delete from " + child.table() + " where " + child.foreignKey() + " = ?")
                .param(id)
                .update();
        for (var row : rows) {
            var columns = new LinkedHashMap<String, Object>(row);
            columns.put(child.foreignKey(), id);
            var names = new ArrayList<>(columns.keySet());
            jdbc.sql("insert into " + child.table() + " (" + String.join(", ", names) + ") values ("
                            + String.join(", ", names.stream().map(n -> "?").toList()) + ")")
                    .params(new ArrayList<>(columns.values()))
                    .update();
        }
    }

    private static String select(RecordTable t) {
        return "select r.id, " + t.jurisdiction() + " as jurisdiction_code_of_record, "
                + String.join(
                        ", ", t.fields().stream().map(f -> "r." + f.column()).toList()) + " from " + t.from();
    }

    private static Map<String, Object> row(RecordTable t, ResultSet rs) throws SQLException {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", rs.getLong("id"));
        out.put("jurisdiction", rs.getString("jurisdiction_code_of_record"));
        for (Field f : t.fields()) {
            out.put(f.name(), value(f, rs));
        }
        return out;
    }

    private static Object value(Field f, ResultSet rs) throws SQLException {
        Object v = rs.getObject(f.column());
        if (v == null) {
            return null;
        }
        return switch (f.kind()) {
            case DATE -> rs.getDate(f.column()).toLocalDate().toString();
            case INTEGER, ID -> rs.getLong(f.column());
            case DECIMAL -> ((BigDecimal) v).stripTrailingZeros().toPlainString();
            case BOOLEAN -> rs.getBoolean(f.column());
            default -> rs.getString(f.column());
        };
    }

    private void attachChildren(RecordTable t, List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            return;
        }
        Long[] ids = records.stream().map(r -> (Long) r.get("id")).toArray(Long[]::new);
        for (Child child : t.children()) {
            var byParent = new LinkedHashMap<Long, List<Map<String, Object>>>();
            jdbc.sql("select " + child.foreignKey() + " as parent_id, "
                            + String.join(
                                    ", ",
                                    child.fields().stream().map(Field::column).toList())
                            + " from " + child.table() + " where " + child.foreignKey() + " = any(?) order by id")
                    .param(ids)
                    .query(rs -> {
                        var row = new LinkedHashMap<String, Object>();
                        for (Field f : child.fields()) {
                            row.put(f.name(), value(f, rs));
                        }
                        byParent.computeIfAbsent(rs.getLong("parent_id"), k -> new ArrayList<>())
                                .add(row);
                    });
            records.forEach(r -> r.put(child.name(), byParent.getOrDefault((Long) r.get("id"), List.of())));
        }
    }
}
