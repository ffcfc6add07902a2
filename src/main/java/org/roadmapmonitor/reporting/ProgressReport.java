package org.roadmapmonitor.reporting;

import java.time.Instant;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.shared.PeriodCode;

/** One jurisdiction's report for one period of one framework. */
public record ProgressReport(
        long id,
        String framework,
        String frameworkName,
        String version,
        long versionId,
        String jurisdiction,
        PeriodCode period,
        ReportState state,
        long revision,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        Instant submittedAt,
        Instant validatedAt,
        Instant publishedAt,
        boolean demo) {

    /** The report as the public reads it: who started it (an e-mail address) stays inside. */
    public ProgressReport withoutNames() {
        return new ProgressReport(
                id,
                framework,
                frameworkName,
                version,
                versionId,
                jurisdiction,
                period,
                state,
                revision,
                createdAt,
                null,
                updatedAt,
                submittedAt,
                validatedAt,
                publishedAt,
                demo);
    }

    public String etag() {
        return "\"" + revision + "\"";
    }
}
