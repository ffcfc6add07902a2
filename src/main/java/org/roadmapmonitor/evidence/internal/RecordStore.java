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
import org.roadmapmonitor.evidence.RecordType;
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
        attachDestroyedItems(t, records);
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
        found.ifPresent(r -> {
            attachChildren(t, List.of(r));
            attachDestroyedItems(t, List.of(r));
        });
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

    /**
     * A replacement: a column left empty goes back to its default (null where there is none). Only if the record
     * is still at {@code revision}, which it then leaves raised by one; false (nothing changed) if it is not.
     */
    public boolean update(RecordTable t, long id, long revision, Map<String, Object> columns) {
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
        sets.add("revision = revision + 1");
        params.add(id);
        params.add(revision);
        return jdbc.sql("update " + t.table() + " set " + String.join(", ", sets) + " where id = ? and revision = ?")
                        .params(params)
                        .update()
                == 1;
    }

    /** Deletes the record if it is still at {@code revision}; false (nothing deleted) if it is not. */
    public boolean delete(RecordTable t, long id, long revision) {
        return jdbc.sql("delete from " + t.table() + " where id = ? and revision = ?")
                        .params(id, revision)
                        .update()
                == 1;
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
        return "select r.id, r.revision, " + t.jurisdiction() + " as jurisdiction_code_of_record, "
                + String.join(
                        ", ", t.fields().stream().map(f -> "r." + f.column()).toList()) + " from " + t.from();
    }

    private static Map<String, Object> row(RecordTable t, ResultSet rs) throws SQLException {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", rs.getLong("id"));
        out.put("jurisdiction", rs.getString("jurisdiction_code_of_record"));
        out.put("revision", rs.getLong("revision"));
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

    /** A weapon item a destruction may list: its jurisdiction, and the other destruction that lists it, if any. */
    public record WeaponOfDestruction(long id, String jurisdiction, Long otherDestruction) {}

    /** The weapon items of these ids that exist, with what a destruction's list checks of them: one query. */
    public Map<Long, WeaponOfDestruction> weaponsForDestruction(long destructionId, Long[] ids) {
        var out = new LinkedHashMap<Long, WeaponOfDestruction>();
        jdbc.sql("""
                        select w.id, e.jurisdiction_code,
                               (select min(o.destruction_id) from destruction_item o
                                where o.weapon_item_id = w.id and o.destruction_id <> ?) as other
                        from weapon_item w join arms_event e on e.id = w.event_id
                        where w.id = any(?)""").params(destructionId, ids).query(rs -> {
            Long other = rs.getObject("other", Long.class);
            out.put(
                    rs.getLong("id"),
                    new WeaponOfDestruction(rs.getLong("id"), rs.getString("jurisdiction_code"), other));
        });
        return out;
    }

    /**
     * The destruction lists exactly these weapons: those it no longer lists go back to stored (unless another
     * destruction lists them), the new ones are added. Two statements, whatever the number of weapons; then
     * {@link #markDestroyed}.
     */
    public void replaceDestroyedItems(long destructionId, Long[] ids) {
        jdbc.sql("""
                        with removed as (
                            delete from destruction_item where destruction_id = ? and weapon_item_id <> all(?)
                            returning weapon_item_id)
                        update weapon_item w set disposition = 'STORED', destroyed_on = null, revision = w.revision + 1
                        from removed r
                        where w.id = r.weapon_item_id
                          and not exists (select 1 from destruction_item o
                                          where o.weapon_item_id = w.id and o.destruction_id <> ?)""").params(destructionId, ids, destructionId).update();
        jdbc.sql("""
                        insert into destruction_item (destruction_id, weapon_item_id)
                        select ?, unnest(?::bigint[]) on conflict do nothing""").params(destructionId, ids).update();
    }

    /** Every weapon the destruction lists is destroyed, on the destruction's date (one statement). */
    public void markDestroyed(long destructionId) {
        jdbc.sql("""
                        update weapon_item w set disposition = 'DESTROYED', destroyed_on = d.destroyed_on,
                                                 revision = w.revision + 1
                        from destruction_item di join destruction d on d.id = di.destruction_id
                        where di.destruction_id = ? and w.id = di.weapon_item_id
                          and (w.disposition <> 'DESTROYED' or w.destroyed_on is distinct from d.destroyed_on)""").param(destructionId).update();
    }

    /** Before a destruction is deleted: the weapons only it lists go back to stored (one statement). */
    public void unmarkDestroyed(long destructionId) {
        jdbc.sql("""
                        update weapon_item w set disposition = 'STORED', destroyed_on = null, revision = w.revision + 1
                        from destruction_item di
                        where di.destruction_id = ? and w.id = di.weapon_item_id
                          and not exists (select 1 from destruction_item o
                                          where o.weapon_item_id = w.id and o.destruction_id <> ?)""").params(destructionId, destructionId).update();
    }

    /** The destruction that lists this weapon and its date, if one does. */
    public Optional<Map<String, Object>> destructionOf(long weaponItemId) {
        return jdbc.sql("""
                        select d.id, d.destroyed_on from destruction_item di join destruction d on d.id = di.destruction_id
                        where di.weapon_item_id = ? order by d.id limit 1""")
                .param(weaponItemId)
                .query((rs, i) -> Map.<String, Object>of(
                        "id",
                        rs.getLong("id"),
                        "destroyedOn",
                        rs.getDate("destroyed_on").toLocalDate()))
                .optional();
    }

    /**
     * Weapons of the jurisdiction that a destruction on {@code on} could list (recorded by then, not destroyed),
     * the latest events first, at most {@code limit}: one query.
     */
    public List<Map<String, Object>> destructionCandidates(String jurisdiction, Date on, int limit) {
        return jdbc.sql("""
                        select w.id, w.serial_number, e.event_ref from arms_event e join weapon_item w on w.event_id = e.id
                        where e.jurisdiction_code = ? and e.event_date <= ? and w.disposition <> 'DESTROYED'
                          and not exists (select 1 from destruction_item di where di.weapon_item_id = w.id)
                        order by e.event_date desc, w.id desc limit ?""")
                .params(jurisdiction, on, limit)
                .query((rs, i) -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("weaponItemId", rs.getLong("id"));
                    row.put("serialNumber", rs.getString("serial_number"));
                    row.put("eventRef", rs.getString("event_ref"));
                    return (Map<String, Object>) row;
                })
                .list();
    }

    /** A destruction's weapons ({@code items}: weaponItemId, serialNumber, eventRef), for all the records at once. */
    private void attachDestroyedItems(RecordTable t, List<Map<String, Object>> records) {
        if (t.type() != RecordType.DESTRUCTIONS || records.isEmpty()) {
            return;
        }
        Long[] ids = records.stream().map(r -> (Long) r.get("id")).toArray(Long[]::new);
        var byDestruction = new LinkedHashMap<Long, List<Map<String, Object>>>();
        jdbc.sql("""
                        select di.destruction_id, w.id, w.serial_number, e.event_ref
                        from destruction_item di join weapon_item w on w.id = di.weapon_item_id
                        join arms_event e on e.id = w.event_id
                        where di.destruction_id = any(?) order by di.destruction_id, w.id""").param(ids).query(rs -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("weaponItemId", rs.getLong("id"));
            item.put("serialNumber", rs.getString("serial_number"));
            item.put("eventRef", rs.getString("event_ref"));
            byDestruction
                    .computeIfAbsent(rs.getLong("destruction_id"), k -> new ArrayList<>())
                    .add(item);
        });
        records.forEach(r -> r.put("items", byDestruction.getOrDefault((Long) r.get("id"), List.of())));
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
