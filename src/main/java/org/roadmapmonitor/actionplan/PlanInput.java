package org.roadmapmonitor.actionplan;

import java.util.List;

/** A plan as a form or JSON sends it; a national indicator with the KPI codes it feeds. */
public record PlanInput(
        String framework,
        String version,
        String jurisdiction,
        String title,
        String status,
        String adoptedOn,
        String genderNotes) {

    public record Indicator(String code, String title, String unit, List<String> feeds) {}
}
