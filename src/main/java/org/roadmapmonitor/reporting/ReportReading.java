package org.roadmapmonitor.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.workflow.Capacity;

/**
 * One report as the caller may read it, and nothing more: its jurisdiction's people and the secretariat get
 * the working copy with its flags, return notes and the previous period's totals; everyone else gets the
 * published copy only. The corrections since the last return are the team's too; {@code everMoved} says
 * whether the report has left its first draft (a draft that never moved may be deleted). Made by {@link ReportService#read(long)}, the one reader pages and the API use.
 */
public record ReportReading(
        ProgressReport report,
        Set<Capacity> capacities,
        Map<String, CheckedValue> values,
        Map<String, Narrative> narratives,
        List<Flag> flags,
        Map<String, BigDecimal> previousTotals,
        Optional<String> returnReason,
        Optional<Instant> publishedAt,
        List<ReportCorrections.Correction> corrections,
        boolean everMoved) {

    /** Whether the caller reads the working copy (as one of the report's own people). */
    public boolean team() {
        return !capacities.isEmpty();
    }
}
