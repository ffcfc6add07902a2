package org.roadmapmonitor.reporting.spreadsheet;

import java.util.List;

/**
 * Everything the Excel template of one report shows: the report's identity and, per objective, one row per
 * value to fill (the total and each disaggregation). Values are text as they will appear in cells. The
 * jurisdiction's designation footnote, when it has one, is printed under its name (marked with an asterisk).
 */
public record SheetReport(
        long reportId,
        long revision,
        String framework,
        String frameworkName,
        String version,
        String jurisdiction,
        String jurisdictionName,
        String period,
        String state,
        List<SheetObjective> objectives,
        String jurisdictionFootnote) {

    /** A report whose jurisdiction carries no designation footnote. */
    public SheetReport(
            long reportId,
            long revision,
            String framework,
            String frameworkName,
            String version,
            String jurisdiction,
            String jurisdictionName,
            String period,
            String state,
            List<SheetObjective> objectives) {
        this(
                reportId,
                revision,
                framework,
                frameworkName,
                version,
                jurisdiction,
                jurisdictionName,
                period,
                state,
                objectives,
                null);
    }

    /** One sheet: an objective, e.g. label "Goal 3". */
    public record SheetObjective(String code, String label, String title, List<SheetRow> rows) {}

    /**
     * One value to fill. {@code disaggregation} is the canonical key ("" for the total, "sex=female");
     * {@code ratio} rows are filled with a numerator and a denominator instead of a value; rows that are not
     * {@code editable} (a returned report reopens only flagged values) stay locked.
     */
    public record SheetRow(
            String indicator,
            String indicatorTitle,
            String disaggregation,
            String disaggregationLabel,
            String type,
            boolean ratio,
            String unit,
            String baseline,
            String target,
            String previous,
            String value,
            String numerator,
            String denominator,
            String comment,
            boolean editable,
            List<Choice> choices) {
        /** Levels and yes/no answers offered as a drop-down list in the value cell. */
        public SheetRow {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    /** One allowed answer: the value typed into the cell and what it means. */
    public record Choice(String value, String label) {}
}
