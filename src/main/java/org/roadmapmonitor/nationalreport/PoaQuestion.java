package org.roadmapmonitor.nationalreport;

/**
 * The questions of the PoA/ITI national report this platform pre-fills, in template order, each with its section
 * and the instrument paragraphs it answers to (the template's "Sources" column; domain.md §5.2, §5.4). The
 * wording lives in the messages ({@code nationalreport.question.<name>}).
 */
public enum PoaQuestion {
    COORDINATION_BODY(Section.COORDINATION, "PoA II.4", true),
    POINT_OF_CONTACT(Section.COORDINATION, "PoA II.5", true),
    ITI_POINT_OF_CONTACT(Section.COORDINATION, "ITI 25", false),
    ACTION_PLAN(Section.COORDINATION, "", false),
    MARKING(Section.MARKING, "ITI 7–10", false),
    RECORD_KEEPING(Section.RECORD_KEEPING, "ITI 11–13", false),
    TRACING(Section.TRACING, "ITI 14–23", false),
    STOCKPILE_MANAGEMENT(Section.STOCKPILES, "PoA II.17", false),
    DESTRUCTION(Section.STOCKPILES, "PoA II.18–19", false),
    SDG_DATA(Section.SDG, "SDG 16.4.2", false),
    ASSISTANCE_RECEIVED(Section.ASSISTANCE, "PoA III; ITI 27–28", false),
    ASSISTANCE_NEEDED(Section.ASSISTANCE, "PoA III; ITI 27–28", false);

    /** The report's sections, in order. */
    public enum Section {
        COORDINATION,
        MARKING,
        RECORD_KEEPING,
        TRACING,
        STOCKPILES,
        SDG,
        ASSISTANCE
    }

    private final Section section;
    private final String sources;
    private final boolean countsPeople;

    PoaQuestion(Section section, String sources, boolean countsPeople) {
        this.section = section;
        this.sources = sources;
        this.countsPeople = countsPeople;
    }

    public Section section() {
        return section;
    }

    public String sources() {
        return sources;
    }

    /** Whether the answer counts women and men (the composition of a body, a point of contact's staff). */
    public boolean countsPeople() {
        return countsPeople;
    }
}
