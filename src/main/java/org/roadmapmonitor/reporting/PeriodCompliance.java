package org.roadmapmonitor.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where each jurisdiction's report of some periods stands, as this caller may know it: everyone learns that
 * a report is published; its state before that only its own people and the secretariat (a draft never
 * reveals its existence to anyone else). One query however many jurisdictions.
 */
@Service
public class PeriodCompliance {
    /**
     * A report's standing: {@code state} is null when there is no report or the caller may not know it;
     * {@code published} whether a published copy exists (also while a reopened report is corrected).
     */
    public record Standing(
            String jurisdiction,
            String period,
            ReportState state,
            boolean published,
            Instant submittedAt,
            Instant publishedAt,
            boolean known) {

        /** Whether the report is in (with the secretariat or past it), as far as the caller may know. */
        public boolean in() {
            return published
                    || (state != null
                            && state != ReportState.DRAFT
                            && state != ReportState.RETURNED
                            && state != ReportState.AWAITING_APPROVAL);
        }
    }

    private final JdbcClient jdbc;

    public PeriodCompliance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each jurisdiction and period asked, its standing (one entry each, in the order asked). */
    public List<Standing> standings(String framework, Collection<String> jurisdictions, Collection<String> periods) {
        if (jurisdictions.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        Map<String, Standing> found = new HashMap<>();
        List<Standing> rows = jdbc.sql("""
                select r.jurisdiction_code, r.period_code, r.state, r.submitted_at, p.published_at
                from progress_report r
                join framework f on f.id = r.framework_id
                left join report_publication p on p.report_id = r.id
                where f.code = ? and r.jurisdiction_code = any(?) and r.period_code = any(?)""")
                .params(framework, jurisdictions.toArray(String[]::new), periods.toArray(String[]::new))
                .query((rs, n) -> {
                    String j = rs.getString(1);
                    boolean known = !ReportAccess.mine(j).isEmpty();
                    var published = rs.getTimestamp(5);
                    var submitted = rs.getTimestamp(4);
                    return new Standing(
                            j,
                            rs.getString(2),
                            known ? ReportState.valueOf(rs.getString(3)) : null,
                            published != null,
                            known && submitted != null ? submitted.toInstant() : null,
                            published == null ? null : published.toInstant(),
                            known);
                })
                .list();
        rows.forEach(s -> found.put(s.jurisdiction() + "|" + s.period(), s));
        var out = new ArrayList<Standing>();
        for (String period : periods) {
            for (String j : jurisdictions) {
                out.add(found.getOrDefault(
                        j + "|" + period,
                        new Standing(
                                j,
                                period,
                                null,
                                false,
                                null,
                                null,
                                !ReportAccess.mine(j).isEmpty())));
            }
        }
        return out;
    }
}
