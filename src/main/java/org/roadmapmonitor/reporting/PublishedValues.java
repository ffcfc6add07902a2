package org.roadmapmonitor.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
}
