package org.roadmapmonitor.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The stored values of many reports at once, as this caller may see them (the rule of {@link ReportAccess}):
 * the published copy for everyone; instead, for a report that is not in its published state and that the
 * caller may read (its jurisdiction's people, the secretariat), the working copy, marked as such. The copy is
 * chosen per report in one statement, so no cell is ever counted in both. What dashboards and the analytics
 * API read; there is no unfiltered variant.
 */
@Service
public class VisibleValues {
    /** One stored cell: {@code disaggregationKey} "" for the total, else canonical ({@code sex=female}). */
    public record Cell(
            String indicator,
            String jurisdiction,
            PeriodCode period,
            String disaggregationKey,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            boolean working) {}

    private final JdbcClient jdbc;

    public VisibleValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cells of these indicators (codes, any version of the framework) for these jurisdictions whose period
     * lies within {@code from}–{@code to}: totals only, or only the breakdown cells.
     */
    public List<Cell> cells(
            String framework,
            Collection<String> indicators,
            Collection<String> jurisdictions,
            LocalDate from,
            LocalDate to,
            boolean breakdowns) {
        if (indicators.isEmpty() || jurisdictions.isEmpty()) {
            return List.of();
        }
        String[] readable = readable(jurisdictions);
        return jdbc.sql("""
                with fw as (select id from framework where code = ?)
                select i.code, v.jurisdiction_code, v.period_code, v.disaggregation_key,
                       v.value, v.numerator, v.denominator, v.working
                from (select d.indicator_id, d.jurisdiction_code, d.period_code, d.period_start, d.period_end,
                             d.disaggregation_key, d.value, d.numerator, d.denominator, true as working
                      from data_value d join progress_report r on r.id = d.report_id
                      where r.framework_id = (select id from fw) and r.state <> 'PUBLISHED'
                        and r.jurisdiction_code = any(?)
                      union all
                      select p.indicator_id, p.jurisdiction_code, p.period_code, p.period_start, p.period_end,
                             p.disaggregation_key, p.value, p.numerator, p.denominator, false
                      from published_value p join progress_report r on r.id = p.report_id
                      where r.framework_id = (select id from fw)
                        and not (r.state <> 'PUBLISHED' and r.jurisdiction_code = any(?))) v
                join indicator i on i.id = v.indicator_id
                where i.code = any(?) and v.jurisdiction_code = any(?)
                  and v.period_start >= ? and v.period_end <= ? and (v.disaggregation_key = '') <> ?
                order by i.code, v.jurisdiction_code, v.period_start, v.period_end desc, v.disaggregation_key""")
                .params(
                        framework,
                        readable,
                        readable,
                        indicators.toArray(String[]::new),
                        jurisdictions.toArray(String[]::new),
                        Date.valueOf(from),
                        Date.valueOf(to),
                        breakdowns)
                .query((rs, n) -> new Cell(
                        rs.getString(1),
                        rs.getString(2),
                        PeriodCode.parse(rs.getString(3)),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBoolean(8)))
                .list();
    }

    /**
     * Whether this caller sees only the published copy of these jurisdictions' reports (the public, and anyone
     * who belongs to none of them): then {@link #cells} answers exactly what {@link #eachPublished} holds.
     */
    public boolean onlyPublished(Collection<String> jurisdictions) {
        return readable(jurisdictions).length == 0;
    }

    /**
     * Who reads these jurisdictions' working values, when this caller reads any (else empty, as for {@link
     * #onlyPublished}): the signed-in user and the jurisdictions whose working copies they read. Two calls with equal
     * readers and equal revisions of what they read (V65, V86) see the same cells; an answer kept for one reader is
     * never given to another.
     */
    public java.util.Optional<Object> workingReader(Collection<String> jurisdictions) {
        String[] readable = readable(jurisdictions);
        if (readable.length == 0) {
            return java.util.Optional.empty();
        }
        Object user = org.roadmapmonitor.identity.CurrentUser.get()
                .<Object>map(u -> u.id())
                .orElse("");
        return java.util.Optional.of(List.of(user, List.of(readable)));
    }

    /** What a copy of the published values is told as they are read ({@link #eachPublished}). */
    public interface PublishedReading {
        /**
         * First, once: the revisions in the snapshot the cells come from (V65: the definitions' and this
         * framework's values'; V83: the revision above which every change is in the log).
         */
        void revisions(long definitions, long values, long logFloor);

        /** A report whose published values changed after the revision asked for; its cells as they are now follow. */
        default void touched(long report) {}

        void cell(long report, Cell cell);
    }

    /**
     * Hands every published cell of the framework (any version, totals and breakdowns, any period) to {@code
     * reading}, with the report it belongs to, in no particular order, streamed from one statement on the
     * request's connection — and, in the same statement (so from the same snapshot), the revisions that name
     * exactly these cells: what everyone may read, for a copy kept in memory by analytics. False when there is no
     * such framework.
     */
    public boolean eachPublished(String framework, PublishedReading reading) {
        Long id = frameworkId(framework);
        if (id == null) {
            return false;
        }
        read("""
                with rev as (
                    select d.revision as definitions, coalesce(v.revision, 0) as revision,
                           coalesce(v.log_floor, 0) as log_floor
                    from analytics_revision d left join analytics_revision v on v.framework_id = ?
                    where d.framework_id = 0)
                select rev.definitions, rev.revision, rev.log_floor, null::bigint, p.report_id, i.code,
                       p.jurisdiction_code, p.period_code, p.disaggregation_key, p.value, p.numerator, p.denominator
                from rev left join (published_value p join progress_report r on r.id = p.report_id
                                    join indicator i on i.id = p.indicator_id) on r.framework_id = ?""", reading, id, id);
        return true;
    }

    /**
     * Hands {@code reading} the reports of the framework whose published values changed after revision {@code
     * since} (V83's log: at most {@code most} of them) and every published cell they hold now, with the revisions
     * of the same snapshot: the revisions first, then each report, and its cells if it still has any. Every change
     * of a revision above {@code since} and up to the revision read is in the log when {@code since} is at least
     * the log's floor (the caller checks); none above it is. False when there is no such framework.
     */
    public boolean eachPublishedSince(String framework, long since, int most, PublishedReading reading) {
        Long id = frameworkId(framework);
        if (id == null) {
            return false;
        }
        read("""
                with rev as (
                    select d.revision as definitions, coalesce(v.revision, 0) as revision,
                           coalesce(v.log_floor, 0) as log_floor
                    from analytics_revision d left join analytics_revision v on v.framework_id = ?
                    where d.framework_id = 0),
                touched as (
                    select distinct c.report_id from analytics_change c
                    where c.framework_id = ? and c.revision > ? limit ?)
                select rev.definitions, rev.revision, rev.log_floor, t.report_id, p.report_id, i.code,
                       p.jurisdiction_code, p.period_code, p.disaggregation_key, p.value, p.numerator, p.denominator
                from rev
                left join touched t on true
                left join (published_value p join progress_report r on r.id = p.report_id
                           join indicator i on i.id = p.indicator_id)
                       on p.report_id = t.report_id and r.framework_id = ?""", reading, id, id, since, most, id);
        return true;
    }

    private Long frameworkId(String framework) {
        // The id first, so that the planner sees which framework (its share of the reports) and reads the 3,000
        // values of the Western Balkans by index instead of scanning the 3.5 million of a global tier.
        return jdbc.sql("select id from framework where code = ?")
                .param(framework)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private void read(String sql, PublishedReading reading, Object... params) {
        var periods = new HashMap<String, PeriodCode>();
        var texts = new HashMap<String, String>();
        var told = new HashSet<Long>();
        boolean[] first = {true};
        jdbc.sql(sql).params(params).withFetchSize(10_000).query(rs -> {
            if (first[0]) {
                reading.revisions(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                first[0] = false;
            }
            long touched = rs.getLong(4);
            if (!rs.wasNull() && told.add(touched)) {
                reading.touched(touched);
            }
            String indicator = rs.getString(6);
            if (indicator == null) {
                return;
            }
            reading.cell(
                    rs.getLong(5),
                    new Cell(
                            texts.computeIfAbsent(indicator, t -> t),
                            texts.computeIfAbsent(rs.getString(7), t -> t),
                            periods.computeIfAbsent(rs.getString(8), PeriodCode::parse),
                            texts.computeIfAbsent(rs.getString(9), t -> t),
                            rs.getBigDecimal(10),
                            rs.getBigDecimal(11),
                            rs.getBigDecimal(12),
                            false));
        });
    }

    /**
     * The reports of these jurisdictions that this caller reads as working copies (not in their published state,
     * and readable by the rule of {@link ReportAccess}) with their period within {@code from}–{@code to}, each with
     * its working cells of these indicators (totals only, or only the breakdown cells): what {@link #cells} takes
     * from {@code data_value}, and, by the reports, which published cells it leaves out. One statement. With a copy
     * of the published cells (what {@link #eachPublished} gives), {@code copy − those reports' cells + these} is
     * what {@link #cells} answers.
     */
    public Working working(
            String framework,
            Collection<String> indicators,
            Collection<String> jurisdictions,
            LocalDate from,
            LocalDate to,
            boolean breakdowns) {
        String[] readable = readable(jurisdictions);
        if (indicators.isEmpty() || readable.length == 0) {
            return new Working(java.util.Set.of(), List.of());
        }
        var reports = new java.util.HashSet<Held>();
        var cells = new java.util.ArrayList<Cell>();
        var periods = new HashMap<String, PeriodCode>();
        jdbc.sql("""
                select r.jurisdiction_code, r.period_code, i.code, d.disaggregation_key, d.value, d.numerator,
                       d.denominator
                from progress_report r
                left join (data_value d join indicator i on i.id = d.indicator_id and i.code = any(?))
                  on d.report_id = r.id and (d.disaggregation_key = '') <> ?
                where r.framework_id = (select id from framework where code = ?) and r.state <> 'PUBLISHED'
                  and r.jurisdiction_code = any(?) and r.period_start >= ? and r.period_end <= ?""")
                .params(
                        indicators.toArray(String[]::new),
                        breakdowns,
                        framework,
                        readable,
                        Date.valueOf(from),
                        Date.valueOf(to))
                .query(rs -> {
                    PeriodCode period = periods.computeIfAbsent(rs.getString(2), PeriodCode::parse);
                    reports.add(new Held(rs.getString(1), period));
                    if (rs.getString(3) != null) {
                        cells.add(new Cell(
                                rs.getString(3),
                                rs.getString(1),
                                period,
                                rs.getString(4),
                                rs.getBigDecimal(5),
                                rs.getBigDecimal(6),
                                rs.getBigDecimal(7),
                                true));
                    }
                });
        return new Working(java.util.Set.copyOf(reports), List.copyOf(cells));
    }

    /** A report read as a working copy: its jurisdiction and period (one report per framework of each). */
    public record Held(String jurisdiction, PeriodCode period) {}

    /** The reports a caller reads as working copies and their working cells (see {@link #working}). */
    public record Working(java.util.Set<Held> reports, List<Cell> cells) {
        /** Whether a published cell belongs to one of these reports, whose working copy replaces it. */
        public boolean replaces(Cell published) {
            return !reports.isEmpty() && reports.contains(new Held(published.jurisdiction(), published.period()));
        }
    }

    private static String[] readable(Collection<String> jurisdictions) {
        return jurisdictions.stream()
                .filter(j -> !ReportAccess.mine(j).isEmpty())
                .toArray(String[]::new);
    }
}
