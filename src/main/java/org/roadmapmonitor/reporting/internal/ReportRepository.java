package org.roadmapmonitor.reporting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for reports themselves: creation, lookup, listing, state and revision. */
@Repository
public class ReportRepository {
    static final String SELECT = """
            select r.id, f.code as framework, f.name as framework_name, v.version, r.framework_version_id,
                   r.jurisdiction_code, r.period_code, r.state, r.revision, r.created_at, r.created_by, r.updated_at,
                   r.submitted_at, r.validated_at, r.published_at, r.demo
            from progress_report r join framework f on f.id = r.framework_id
            join framework_version v on v.id = r.framework_version_id
            """;

    /** What to list; null fields do not filter. {@code jurisdictions} null means every jurisdiction. */
    public record Filter(
            String framework,
            String jurisdiction,
            String period,
            ReportState state,
            List<String> jurisdictions,
            boolean publishedOnlyOutsideScope) {}

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long frameworkId,
            long versionId,
            String jurisdiction,
            PeriodCode period,
            String actor,
            Instant now,
            boolean demo) {
        return jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at, demo)
                values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?) returning id""")
                .params(
                        frameworkId,
                        versionId,
                        jurisdiction,
                        period.code(),
                        Date.valueOf(period.start()),
                        Date.valueOf(period.end()),
                        Timestamp.from(now),
                        actor,
                        Timestamp.from(now),
                        demo)
                .query(Long.class)
                .single();
    }

    public Optional<ProgressReport> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query((rs, i) -> map(rs))
                .optional();
    }

    public Optional<ProgressReport> find(String framework, String jurisdiction, String period) {
        return jdbc.sql(SELECT + " where f.code = ? and r.jurisdiction_code = ? and r.period_code = ?")
                .params(framework, jurisdiction, period)
                .query((rs, i) -> map(rs))
                .optional();
    }

    public List<ProgressReport> list(Filter f) {
        var params = new ArrayList<Object>();
        String where = where(f, params);
        return jdbc.sql(SELECT + where + ORDER)
                .params(params)
                .query((rs, i) -> map(rs))
                .list();
    }

    /** One page of {@link #list}, cut in the database. */
    public List<ProgressReport> page(Filter f, int offset, int limit) {
        var params = new ArrayList<Object>();
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + ORDER + " limit ? offset ?")
                .params(params)
                .query((rs, i) -> map(rs))
                .list();
    }

    /** How many reports {@link #list} would return. */
    public long count(Filter f) {
        var params = new ArrayList<Object>();
        String where = where(f, params);
        return jdbc.sql("select count(*) from progress_report r join framework f on f.id = r.framework_id" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * The reports of the given jurisdictions (null: every one) in the given states, at most {@code perState}
     * of each state, newest period first — one query, however many reports there are.
     */
    public List<ProgressReport> latestByState(List<String> jurisdictions, List<ReportState> states, int perState) {
        return jdbc.sql("select * from ("
                        + SELECT.replace(
                                "r.published_at, r.demo",
                                "r.published_at, r.demo, row_number() over (partition by r.state " + ORDER + ") as n")
                        + " where r.state = any(?) and (cast(? as text[]) is null or r.jurisdiction_code = any(?))) x"
                        + " where x.n <= ? order by x.state, x.n")
                .params(
                        states.stream().map(Enum::name).toArray(String[]::new),
                        jurisdictions == null ? null : jurisdictions.toArray(String[]::new),
                        jurisdictions == null ? null : jurisdictions.toArray(String[]::new),
                        perState)
                .query((rs, i) -> map(rs))
                .list();
    }

    /** Framework, jurisdiction and period of every report of these jurisdictions, as {@code FW|J|P}. */
    public java.util.Set<String> existing(List<String> jurisdictions) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select f.code || '|' || r.jurisdiction_code || '|' || r.period_code
                        from progress_report r join framework f on f.id = r.framework_id
                        where r.jurisdiction_code = any(?)""")
                .param(jurisdictions.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** A filled cell of a report's working copy: its indicator and disaggregation key. */
    public record FilledCell(long reportId, String indicator, String disaggregationKey) {}

    /** The filled cells (a value, a numerator or a text) of several reports in one query. */
    public List<FilledCell> filledCells(List<Long> reportIds) {
        return jdbc.sql("""
                        select d.report_id, i.code, d.disaggregation_key from data_value d
                        join indicator i on i.id = d.indicator_id
                        where d.report_id = any(?)
                          and (d.value is not null or d.numerator is not null or d.text_value is not null)""")
                .param(reportIds.toArray(Long[]::new))
                .query((rs, i) -> new FilledCell(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static final String ORDER = " order by r.period_start desc, f.code, r.jurisdiction_code";

    private static String where(Filter f, List<Object> params) {
        var where = new StringBuilder(" where true");
        if (f.framework() != null) {
            where.append(" and f.code = ?");
            params.add(f.framework());
        }
        if (f.jurisdiction() != null) {
            where.append(" and r.jurisdiction_code = ?");
            params.add(f.jurisdiction());
        }
        if (f.period() != null) {
            where.append(" and r.period_code = ?");
            params.add(f.period());
        }
        if (f.state() != null) {
            where.append(" and r.state = ?");
            params.add(f.state().name());
        }
        if (f.jurisdictions() != null) {
            // Outside the caller's own jurisdictions only published reports are visible.
            where.append(" and (r.state = 'PUBLISHED' or r.jurisdiction_code = any(?)"
                    + " or exists (select 1 from report_publication p where p.report_id = r.id))");
            params.add(f.jurisdictions().toArray(String[]::new));
        }
        return where.toString();
    }

    /** Moves the revision on, refusing if someone else moved it first (optimistic concurrency). */
    public boolean bump(long id, long expectedRevision, Instant now) {
        return jdbc.sql(
                                "update progress_report set revision = revision + 1, updated_at = ? where id = ? and revision = ?")
                        .params(Timestamp.from(now), id, expectedRevision)
                        .update()
                == 1;
    }

    public void setState(long id, ReportState state, Instant now) {
        String column = switch (state) {
            case SUBMITTED, RESUBMITTED, AWAITING_APPROVAL -> "submitted_at";
            case VALIDATED -> "validated_at";
            case PUBLISHED -> "published_at";
            default -> null;
        };
        jdbc.sql("update progress_report set state = ?, updated_at = ?" + (column == null ? "" : ", " + column + " = ?")
                        + " where id = ?")
                .params(
                        column == null
                                ? List.of(state.name(), Timestamp.from(now), id)
                                : List.of(state.name(), Timestamp.from(now), Timestamp.from(now), id))
                .update();
    }

    public boolean reachedSecretariatBefore(long id) {
        return jdbc.sql(
                                "select count(*) from report_transition where report_id = ? and to_state in ('SUBMITTED', 'RESUBMITTED')")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Map<String, Long> indicatorIds(long versionId) {
        var map = new LinkedHashMap<String, Long>();
        jdbc.sql("select code, id from indicator where framework_version_id = ? order by position")
                .param(versionId)
                .query(rs -> {
                    map.put(rs.getString(1), rs.getLong(2));
                });
        return map;
    }

    public record FrameworkRef(long id, boolean approvalRequired) {}

    public Optional<FrameworkRef> framework(String code) {
        return jdbc.sql("select id, jurisdiction_approval from framework where code = ?")
                .param(code)
                .query((rs, i) -> new FrameworkRef(rs.getLong(1), rs.getBoolean(2)))
                .optional();
    }

    /** The version that covers a year: the one whose years contain it, else the nearest one after, else the latest. */
    public Optional<Long> versionFor(long frameworkId, int year) {
        return jdbc.sql("""
                select id from framework_version where framework_id = ? and status <> 'DRAFT'
                order by case when ? between coalesce(start_year, -1) and coalesce(end_year, 99999) then 0
                              when coalesce(end_year, 99999) >= ? then 1 else 2 end,
                         case when coalesce(end_year, 99999) >= ? then coalesce(end_year, 99999)
                              else -coalesce(end_year, 99999) end, id desc
                limit 1""")
                .params(frameworkId, year, year, year)
                .query(Long.class)
                .optional();
    }

    /** Whether the report ever left its first draft (a transition of any kind). */
    public boolean everMoved(long id) {
        return jdbc.sql("select exists (select 1 from report_transition where report_id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    public void delete(long id) {
        jdbc.sql("delete from progress_report where id = ?").param(id).update();
    }

    public String versionCode(long versionId) {
        return jdbc.sql("select version from framework_version where id = ?")
                .param(versionId)
                .query(String.class)
                .single();
    }

    static ProgressReport map(ResultSet rs) throws SQLException {
        return new ProgressReport(
                rs.getLong("id"),
                rs.getString("framework"),
                rs.getString("framework_name"),
                rs.getString("version"),
                rs.getLong("framework_version_id"),
                rs.getString("jurisdiction_code"),
                PeriodCode.parse(rs.getString("period_code")),
                ReportState.valueOf(rs.getString("state")),
                rs.getLong("revision"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "updated_at"),
                instant(rs, "submitted_at"),
                instant(rs, "validated_at"),
                instant(rs, "published_at"),
                rs.getBoolean("demo"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
