package org.roadmapmonitor.reporting.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for reported values: one current row per indicator, jurisdiction, period and disaggregation, and an
 * append-only revision row for every change.
 */
@Repository
public class ValueRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final JdbcTemplate batch;

    public ValueRepository(JdbcClient jdbc, JsonMapper json, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** The report's current values by {@link ValueRules#keyOf}. */
    public Map<String, CheckedValue> values(long reportId) {
        return byKey(jdbc, "data_value", reportId);
    }

    /**
     * Values of a report from a table shaped like {@code data_value} (the working values, or the published
     * copy), keyed by {@link ValueRules#keyOf}.
     */
    static Map<String, CheckedValue> byKey(JdbcClient jdbc, String table, long reportId) {
        var map = new LinkedHashMap<String, CheckedValue>();
        jdbc.sql("select i.code, d.disaggregation_key, d.value, d.numerator, d.denominator, d.text_value, d.comment"
                        + " from " + table + " d join indicator i on i.id = d.indicator_id where d.report_id = ?"
                        + " order by i.position, d.disaggregation_key")
                .param(reportId)
                .query(rs -> {
                    var v = new CheckedValue(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getBigDecimal(3),
                            rs.getBigDecimal(4),
                            rs.getBigDecimal(5),
                            rs.getString(6),
                            rs.getString(7));
                    map.put(ValueRules.keyOf(v.indicator(), v.disaggregation()), v);
                });
        return map;
    }

    /**
     * Stores the values (an empty one removes the stored value) and records each real change. Returns the
     * keys that changed.
     */
    public List<String> save(
            ProgressReport report,
            Map<String, Long> indicatorIds,
            List<CheckedValue> values,
            String actor,
            Instant now,
            long newRevision) {
        Map<String, CheckedValue> before = values(report.id());
        var changed = new ArrayList<String>();
        var deletes = new ArrayList<Object[]>();
        var upserts = new ArrayList<Object[]>();
        var revisions = new ArrayList<Object[]>();
        for (CheckedValue v : values) {
            String key = ValueRules.keyOf(v.indicator(), v.disaggregation());
            CheckedValue old = before.get(key);
            if (same(old, v)) {
                continue;
            }
            changed.add(key);
            if (v.isEmpty() && (v.comment() == null)) {
                deletes.add(new Object[] {report.id(), indicatorIds.get(v.indicator()), v.disaggregation()});
            } else {
                upserts.add(upsertRow(report, indicatorIds.get(v.indicator()), v, actor, now, newRevision));
            }
            revisions.add(new Object[] {
                report.id(),
                v.indicator(),
                v.disaggregation(),
                old == null ? null : display(old),
                display(v),
                old == null ? null : old.text(),
                v.text(),
                old == null ? null : old.comment(),
                v.comment(),
                Timestamp.from(now),
                actor,
                newRevision,
                report.state().name()
            });
        }
        // Three batched statements however many values change: an import of thousands makes no round trip per value.
        batch.batchUpdate(
                "delete from data_value where report_id = ? and indicator_id = ? and disaggregation_key = ?", deletes);
        batch.batchUpdate(UPSERT, upserts);
        batch.batchUpdate("""
                insert into data_value_revision (report_id, indicator_code, disaggregation_key, old_value, new_value,
                  old_text, new_text, old_comment, new_comment, changed_at, changed_by, report_revision, report_state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", revisions);
        return changed;
    }

    private static final String UPSERT = """
            insert into data_value (report_id, indicator_id, jurisdiction_code, period_code, period_start, period_end,
              disaggregation_key, disaggregation, value, numerator, denominator, text_value, comment, updated_at,
              updated_by, report_revision)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (indicator_id, jurisdiction_code, period_code, disaggregation_key) do update set
              value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
              text_value = excluded.text_value, comment = excluded.comment, updated_at = excluded.updated_at,
              updated_by = excluded.updated_by, report_revision = excluded.report_revision""";

    private Object[] upsertRow(
            ProgressReport r, Long indicatorId, CheckedValue v, String actor, Instant now, long revision) {
        return new Object[] {
            r.id(),
            indicatorId,
            r.jurisdiction(),
            r.period().code(),
            java.sql.Date.valueOf(r.period().start()),
            java.sql.Date.valueOf(r.period().end()),
            v.disaggregation(),
            json.writeValueAsString(DisaggregationKey.parse(v.disaggregation())),
            v.value(),
            v.numerator(),
            v.denominator(),
            v.text(),
            v.comment(),
            Timestamp.from(now),
            actor,
            revision
        };
    }

    /** The single number shown for a value in histories: the value, or the numerator/denominator of a ratio. */
    static BigDecimal display(CheckedValue v) {
        return v.value();
    }

    static boolean same(CheckedValue a, CheckedValue b) {
        if (a == null) {
            return b.isEmpty() && b.comment() == null;
        }
        return eq(a.value(), b.value())
                && eq(a.numerator(), b.numerator())
                && eq(a.denominator(), b.denominator())
                && Objects.equals(a.text(), b.text())
                && Objects.equals(a.comment(), b.comment());
    }

    private static boolean eq(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    /**
     * The latest total of each indicator (by code) reported for this jurisdiction before the period starts,
     * in any state: the "previous value" shown beside the input and used for the plausibility check.
     */
    public Map<String, BigDecimal> previousTotals(ProgressReport r) {
        var map = new HashMap<String, BigDecimal>();
        jdbc.sql("""
                select distinct on (i.code) i.code, d.value from data_value d join indicator i on i.id = d.indicator_id
                join progress_report p on p.id = d.report_id
                where p.framework_id = (select framework_id from progress_report where id = ?)
                  and d.jurisdiction_code = ? and d.disaggregation_key = '' and d.period_end < ? and d.value is not null
                order by i.code, d.period_end desc, d.period_start desc""")
                .params(
                        r.id(),
                        r.jurisdiction(),
                        java.sql.Date.valueOf(r.period().start()))
                .query(rs -> {
                    map.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return map;
    }

    public record Revision(
            String indicator,
            String disaggregation,
            BigDecimal oldValue,
            BigDecimal newValue,
            String oldText,
            String newText,
            String oldComment,
            String newComment,
            Instant at,
            String by,
            long reportRevision,
            String state) {}

    public List<Revision> revisions(long reportId) {
        return jdbc.sql("""
                select indicator_code, disaggregation_key, old_value, new_value, old_text, new_text, old_comment,
                       new_comment, changed_at, changed_by, report_revision, report_state
                from data_value_revision where report_id = ? order by id desc""")
                .param(reportId)
                .query((rs, i) -> new Revision(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getString(10),
                        rs.getLong(11),
                        rs.getString(12)))
                .list();
    }

    /** Changes made after a given revision, to tell a second editor what changed meanwhile. */
    public List<Revision> revisionsAfter(long reportId, long revision) {
        return revisions(reportId).stream()
                .filter(r -> r.reportRevision() > revision)
                .toList();
    }
}
