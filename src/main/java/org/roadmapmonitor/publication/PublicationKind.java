package org.roadmapmonitor.publication;

/** The kinds of document that can be generated; each is produced by one {@link DocumentRenderer}. */
public enum PublicationKind {
    REGIONAL_REPORT,
    JURISDICTION_REPORT,
    FUND_ANNUAL_REPORT,
    POA_REPORT
}
