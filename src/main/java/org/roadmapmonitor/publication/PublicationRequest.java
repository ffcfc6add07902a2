package org.roadmapmonitor.publication;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * What to generate. The narrative covers {@code period}, or the range from {@code period} to {@code periodEnd}
 * (both included, of one type; null for a single period). {@code kpiPeriod} is the period whose KPI values are
 * shown when it differs (a semi-annual narrative with the latest annual KPIs); null means the range's last
 * period. The secretariat's {@code introduction} and per-goal {@code commentary} (by objective code) may be
 * empty. A request keeps only what its kind uses: no framework for a PoA/ITI or a fund report, no fund but for a
 * fund's, no range or KPI period for the kinds that have none.
 */
public record PublicationRequest(
        PublicationKind kind,
        String framework,
        PeriodCode period,
        PeriodCode periodEnd,
        PeriodCode kpiPeriod,
        String jurisdiction,
        String fund,
        PublicationFormat format,
        Locale language,
        String introduction,
        Map<String, String> commentary) {

    public PublicationRequest {
        commentary = commentary == null ? Map.of() : Map.copyOf(commentary);
        periodEnd = period != null && period.equals(periodEnd) ? null : periodEnd;
        framework = kind.needsFramework() ? framework : null;
        jurisdiction = kind.needsJurisdiction() ? jurisdiction : null;
        fund = kind.needsFund() ? fund : null;
        kpiPeriod = kind.coversRange() ? kpiPeriod : null;
    }

    public boolean isRange() {
        return periodEnd != null;
    }

    /** Every period the narrative covers, in order. */
    public List<PeriodCode> periods() {
        return isRange() ? PeriodCode.range(period, periodEnd) : List.of(period);
    }

    public PeriodCode lastPeriod() {
        return isRange() ? periodEnd : period;
    }

    /** As the API writes it: {@code 2025S1}, or {@code 2025S1:2025S2} for a range. */
    public String periodCode() {
        return isRange() ? period.code() + ":" + periodEnd.code() : period.code();
    }

    /** As a reader reads it: {@code 2025S1}, or {@code 2025S1–2025S2}. */
    public String periodLabel() {
        return isRange() ? period.code() + "–" + periodEnd.code() : period.code();
    }

    /** The period whose KPI values the document shows. */
    public PeriodCode valuesPeriod() {
        return kpiPeriod == null ? lastPeriod() : kpiPeriod;
    }

    /** Whether the KPI values are of another period than the narrative's one. */
    public boolean separateKpiPeriod() {
        return isRange() || !valuesPeriod().equals(period);
    }

    /** The same document in another format and language. */
    public PublicationRequest in(PublicationFormat otherFormat, Locale otherLanguage) {
        return new PublicationRequest(
                kind,
                framework,
                period,
                periodEnd,
                kpiPeriod,
                jurisdiction,
                fund,
                otherFormat,
                otherLanguage,
                introduction,
                commentary);
    }
}
