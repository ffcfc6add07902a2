package org.roadmapmonitor.publication;

import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * What to generate. {@code jurisdiction} is set for a jurisdiction's (and a PoA) report, {@code fund} for a
 * fund's annual report. {@code kpiPeriod} is the period whose KPI values are shown when it differs from the
 * narrative period (a semi-annual narrative with the latest annual KPIs); null means the same period. The
 * secretariat's {@code introduction} and per-goal {@code commentary} (by objective code) may be empty.
 */
public record PublicationRequest(
        PublicationKind kind,
        String framework,
        PeriodCode period,
        PeriodCode kpiPeriod,
        String jurisdiction,
        String fund,
        PublicationFormat format,
        Locale language,
        String introduction,
        Map<String, String> commentary) {

    public PublicationRequest {
        commentary = commentary == null ? Map.of() : Map.copyOf(commentary);
    }

    /** The period whose KPI values the document shows. */
    public PeriodCode valuesPeriod() {
        return kpiPeriod == null ? period : kpiPeriod;
    }
}
