package org.roadmapmonitor.actionplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadmapmonitor.actionplan.Activity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activity progress inside a report: the working rows and the copies frozen at validation and publication. */
@Repository
public class ProgressRepository {
    private final JdbcClient jdbc;

    public ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One activity's progress for a report's period, with what the activity was called when it was copied. */
    public record Row(
            long activity,
            String objective,
            String organisation,
            String title,
            Activity.Status status,
            Integer percent,
            String note) {}

    public Map<Long, Row> working(long report) {
        return jdbc.sql("""
                select g.activity_id, a.objective_code, a.organisation, a.title, g.status, g.percent, g.note
                from activity_progress g join activity a on a.id = g.activity_id where g.report_id = ?""").param(report).query(ProgressRepository::row).list().stream()
                .collect(Collectors.toMap(Row::activity, Function.identity()));
    }

    /** The copy taken at the last validation or publication ({@code kind}), in the order it was reported. */
    public List<Row> copy(long report, String kind) {
        return jdbc.sql("""
                select activity_id, objective_code, organisation, title, status, percent, note
                from activity_progress_copy where report_id = ? and kind = ? order by objective_code, activity_id""").params(report, kind).query(ProgressRepository::row).list();
    }

    public void save(
            long report,
            long activity,
            Activity.Status status,
            Integer percent,
            String note,
            String actor,
            Instant now) {
        jdbc.sql("""
                insert into activity_progress (report_id, activity_id, status, percent, note, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (report_id, activity_id) do update set status = excluded.status,
                  percent = excluded.percent, note = excluded.note, updated_by = excluded.updated_by,
                  updated_at = excluded.updated_at
                where (activity_progress.status, activity_progress.percent, activity_progress.note)
                      is distinct from (excluded.status, excluded.percent, excluded.note)""")
                .params(report, activity, status.name(), percent, note, actor, Timestamp.from(now))
                .update();
    }

    /** Whether any activity's progress in the report changed after {@code since} (a save that changed nothing does not count). */
    public boolean changedSince(long report, Instant since) {
        return jdbc.sql("select exists (select 1 from activity_progress where report_id = ? and updated_at > ?)")
                .params(report, Timestamp.from(since))
                .query(Boolean.class)
                .single();
    }

    /** Replaces the report's {@code kind} copy with its working rows, as they are now. */
    public void freeze(long report, String kind, Instant now) {
        jdbc.sql("delete from activity_progress_copy where report_id = ? and kind = ?")
                .params(report, kind)
                .update();
        jdbc.sql("""
                insert into activity_progress_copy (report_id, kind, activity_id, objective_code, organisation, title,
                  status, percent, note, copied_at)
                select g.report_id, ?, g.activity_id, a.objective_code, a.organisation, a.title, g.status, g.percent,
                  g.note, ?
                from activity_progress g join activity a on a.id = g.activity_id where g.report_id = ?""").params(kind, Timestamp.from(now), report).update();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        int p = rs.getInt(6);
        Integer percent = rs.wasNull() ? null : p;
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Activity.Status.valueOf(rs.getString(5)),
                percent,
                rs.getString(7));
    }
}
