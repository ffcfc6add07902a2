package org.roadmapmonitor.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which reports of a framework exist, and whether each is in its published state, for the jurisdictions whose
 * reports this caller may read (the rule of {@link ReportAccess}); nothing about anyone else's, so a draft never
 * reveals its existence. One query however many jurisdictions: what the analytics working view needs to know
 * where a computed figure is frozen (a published report) and where it is still live.
 */
@Service
public class ReadableReports {
    /** One report's jurisdiction, period and whether it stands published (a reopened report does not). */
    public record Held(String jurisdiction, PeriodCode period, boolean published) {}

    private final JdbcClient jdbc;

    public ReadableReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's readable reports of these jurisdictions whose period overlaps {@code from}–{@code to}. */
    public List<Held> held(String framework, Collection<String> jurisdictions, LocalDate from, LocalDate to) {
        String[] readable = jurisdictions.stream()
                .filter(j -> !ReportAccess.mine(j).isEmpty())
                .toArray(String[]::new);
        if (readable.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                select r.jurisdiction_code, r.period_code, r.state = 'PUBLISHED'
                from progress_report r join framework f on f.id = r.framework_id
                where f.code = ? and r.jurisdiction_code = any(?) and r.period_start <= ? and r.period_end >= ?""")
                .params(framework, readable, Date.valueOf(to), Date.valueOf(from))
                .query((rs, n) -> new Held(rs.getString(1), PeriodCode.parse(rs.getString(2)), rs.getBoolean(3)))
                .list();
    }
}
