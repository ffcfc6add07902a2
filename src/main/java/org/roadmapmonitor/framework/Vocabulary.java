package org.roadmapmonitor.framework;

/** The closed lists a framework document chooses from. */
public final class Vocabulary {
    private Vocabulary() {}

    /** What the framework calls its top level. */
    public enum ObjectiveLabel {
        GOAL,
        AXIS,
        PILLAR,
        PRIORITY
    }

    public enum IndicatorType {
        COUNT,
        PERCENTAGE,
        RATIO,
        YES_NO,
        ORDINAL,
        MONEY,
        NARRATIVE
    }

    /** How values combine across jurisdictions and periods. */
    public enum Aggregation {
        SUM,
        AVERAGE,
        LAST_VALUE,
        RATIO_OF_SUMS,
        COUNT_MEETING_CONDITION,
        NONE
    }

    public enum ValueSource {
        REPORTED,
        DERIVED
    }

    public enum VersionStatus {
        DRAFT,
        ACTIVE,
        SUPERSEDED,
        /** Its period is over and no version of the same framework replaced it (the EU Action Plan 2020–2025). */
        ENDED
    }

    public enum CrosswalkRelation {
        EQUIVALENT,
        CONTRIBUTES_TO,
        PART_OF,
        RELATED
    }
}
