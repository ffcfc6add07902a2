package org.roadmapmonitor.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The values of published reports, which everyone may read: what dashboards, the trust fund's results
 * pages and open-data exports show. Only the total (not disaggregated) value is given here.
 */
@Service
public class PublishedValues {
    /** One published value of an indicator for a jurisdiction and period. */
    public record Point(
            PeriodCode period, LocalDate start, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}

    /** One published cell, with what open data and SDMX exports say of it. */
    public record Cell(
            String framework,
            String indicator,
            String indicatorType,
            String jurisdiction,
            PeriodCode period,
            String disaggregation,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String text,
            long reportId) {}

    /** A framework that has published values: how many, and when the latest was published. */
    public record Published(String framework, String name, long values, Instant lastPublished) {}

    private static final int PAGE = 2000;
    private final JdbcClient jdbc;

    public PublishedValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The series of an indicator (by code, across the framework's versions) for one jurisdiction, oldest
     * first.
     */
    public List<Point> series(String frameworkCode, String indicatorCode, String jurisdictionCode) {
        return jdbc.sql("""
                select d.period_code, d.period_start, d.value, d.numerator, d.denominator
                from published_value d
                join progress_report r on r.id = d.report_id
                join indicator i on i.id = d.indicator_id
                join framework f on f.id = r.framework_id
                where f.code = ? and i.code = ? and d.jurisdiction_code = ? and d.disaggregation_key = ''
                order by d.period_start, d.period_end desc""")
                .params(frameworkCode, indicatorCode, jurisdictionCode)
                .query((rs, i) -> new Point(
                        PeriodCode.parse(rs.getString(1)),
                        rs.getDate(2).toLocalDate(),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))
                .list();
    }

    /** Every framework with at least one published value, in code order (one query). */
    public List<Published> frameworks() {
        return jdbc.sql("""
                select f.code, f.name, count(*), max(p.published_at)
                from published_value d
                join progress_report r on r.id = d.report_id
                join report_publication p on p.report_id = r.id
                join framework f on f.id = r.framework_id
                group by f.code, f.name
                order by f.code""")
                .query((rs, i) -> new Published(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * Hands every published cell of a framework whose period starts within {@code [from, to]} (either may be
     * null) to {@code each}, ordered by indicator, jurisdiction, period and disaggregation; read in keyset pages,
     * so that memory stays bounded however many values there are, on the request's one connection.
     */
    public void forEach(String frameworkCode, LocalDate from, LocalDate to, Consumer<Cell> each) {
        Object[] last = null;
        while (true) {
            var params = new ArrayList<Object>(List.of(frameworkCode));
            var sql = new StringBuilder("""
                    select i.code, i.type, d.jurisdiction_code, d.period_code, d.disaggregation_key, d.value,
                           d.numerator, d.denominator, d.text_value, d.report_id, d.period_start, f.code
                    from published_value d
                    join progress_report r on r.id = d.report_id
                    join indicator i on i.id = d.indicator_id
                    join framework f on f.id = r.framework_id
                    where f.code = ?""");
            if (from != null) {
                sql.append(" and d.period_start >= ?");
                params.add(from);
            }
            if (to != null) {
                sql.append(" and d.period_start <= ?");
                params.add(to);
            }
            if (last != null) {
                sql.append(" and (i.code, d.jurisdiction_code, d.period_start, d.period_code, d.disaggregation_key)"
                        + " > (?, ?, ?, ?, ?)");
                params.addAll(List.of(last));
            }
            sql.append(" order by i.code, d.jurisdiction_code, d.period_start, d.period_code, d.disaggregation_key"
                    + " limit " + PAGE);
            var rows = new ArrayList<Object[]>();
            var cells = jdbc.sql(sql.toString())
                    .params(params)
                    .query((rs, i) -> {
                        rows.add(new Object[] {
                            rs.getString(1), rs.getString(3), rs.getDate(11), rs.getString(4), rs.getString(5)
                        });
                        return new Cell(
                                rs.getString(12),
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                PeriodCode.parse(rs.getString(4)),
                                rs.getString(5),
                                rs.getBigDecimal(6),
                                rs.getBigDecimal(7),
                                rs.getBigDecimal(8),
                                rs.getString(9),
                                rs.getLong(10));
                    })
                    .list();
            cells.forEach(each);
            if (cells.size() < PAGE) {
                return;
            }
            last = rows.get(rows.size() - 1);
        }
    }
}
