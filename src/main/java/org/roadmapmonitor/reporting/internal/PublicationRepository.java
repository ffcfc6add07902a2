package org.roadmapmonitor.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.reporting.Narrative;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The copy of a report kept at publication: what the public sees, even while the report is being revised. */
@Repository
public class PublicationRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PublicationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Replaces the report's published copy with its current values and narratives. */
    public void publish(long reportId, Instant at) {
        jdbc.sql("delete from published_value where report_id = ?")
                .param(reportId)
                .update();
        jdbc.sql("""
                insert into published_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                  period_end, disaggregation_key, value, numerator, denominator, text_value, comment)
                select report_id, indicator_id, jurisdiction_code, period_code, period_start, period_end,
                  disaggregation_key, value, numerator, denominator, text_value, comment
                from data_value where report_id = ?""").param(reportId).update();
        jdbc.sql("""
                insert into report_publication (report_id, published_at, narratives)
                values (?, ?, coalesce((select jsonb_object_agg(objective_code, jsonb_build_object('objective',
                    objective_code, 'progress', progress, 'challenges', challenges, 'supportNeeded', support_needed))
                  from report_narrative where report_id = ?), '{}'))
                on conflict (report_id) do update set published_at = excluded.published_at,
                  narratives = excluded.narratives""").params(reportId, Timestamp.from(at), reportId).update();
    }

    public Optional<Instant> publishedAt(long reportId) {
        return jdbc.sql("select published_at from report_publication where report_id = ?")
                .param(reportId)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    public Map<String, CheckedValue> values(long reportId) {
        return ValueRepository.byKey(jdbc, "published_value", reportId);
    }

    public Map<String, Narrative> narratives(long reportId) {
        return jdbc.sql("select narratives::text from report_publication where report_id = ?")
                .param(reportId)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, new TypeReference<Map<String, Narrative>>() {}))
                .orElse(Map.of());
    }

    /**
     * The latest published total of each indicator (by code) for this jurisdiction before the period starts:
     * the "previous value" the public sees beside a published one.
     */
    public Map<String, java.math.BigDecimal> previousTotals(ProgressReport r) {
        var map = new java.util.HashMap<String, java.math.BigDecimal>();
        jdbc.sql("""
                select distinct on (i.code) i.code, v.value from published_value v
                join indicator i on i.id = v.indicator_id join progress_report p on p.id = v.report_id
                where p.framework_id = (select framework_id from progress_report where id = ?)
                  and v.jurisdiction_code = ? and v.disaggregation_key = '' and v.period_end < ? and v.value is not null
                order by i.code, v.period_end desc, v.period_start desc""")
                .params(
                        r.id(),
                        r.jurisdiction(),
                        java.sql.Date.valueOf(r.period().start()))
                .query(rs -> {
                    map.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return map;
    }
}
