package org.roadmapmonitor.publication;

/**
 * The kinds of document that can be generated; each is produced by one {@link DocumentRenderer}. Each kind says
 * what a request for it needs: a PoA/ITI report is per UN Member State and cycle (no framework), a fund's annual
 * report per fund and year, and only the progress reports cover a range of periods and show KPIs of another.
 */
public enum PublicationKind {
    REGIONAL_REPORT,
    JURISDICTION_REPORT,
    FUND_ANNUAL_REPORT,
    POA_REPORT;

    public boolean needsFramework() {
        return this == REGIONAL_REPORT || this == JURISDICTION_REPORT;
    }

    public boolean needsJurisdiction() {
        return this == JURISDICTION_REPORT || this == POA_REPORT;
    }

    public boolean needsFund() {
        return this == FUND_ANNUAL_REPORT;
    }

    /** Whether the document may cover a range of periods and show the KPI values of another period. */
    public boolean coversRange() {
        return this == REGIONAL_REPORT || this == JURISDICTION_REPORT;
    }
}
