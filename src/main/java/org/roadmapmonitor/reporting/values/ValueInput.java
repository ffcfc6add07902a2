package org.roadmapmonitor.reporting.values;

/**
 * One value as a user or another system sends it, before any check: text as typed, so that "12,5" or "n/a"
 * can be reported back exactly. {@code where} says where it came from (e.g. "Goal 3!H12", "row 4").
 */
public record ValueInput(
        String indicator,
        String disaggregation,
        String value,
        String numerator,
        String denominator,
        String comment,
        String where) {

    public ValueInput {
        disaggregation = disaggregation == null ? DisaggregationKey.TOTAL : disaggregation;
    }

    public String label() {
        return disaggregation.isEmpty() ? indicator : indicator + " [" + disaggregation + "]";
    }

    public String place() {
        if (where == null || where.isBlank()) {
            return label();
        }
        // A page names the cell by its indicator already ("KPI-5 Sex: Female"); files and API bodies do not.
        return where.startsWith(indicator + " ") || where.equals(indicator) ? where : where + " (" + label() + ")";
    }
}
