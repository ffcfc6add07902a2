package org.roadmapmonitor.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A jurisdiction's national action plan for one framework version. Public once approved; while drafted it
 * stays with its jurisdiction and the secretariat, like a draft report.
 */
public record ActionPlan(
        long id,
        String framework,
        String version,
        String jurisdiction,
        String title,
        Status status,
        LocalDate adoptedOn,
        String genderNotes,
        boolean demo,
        List<NationalIndicator> indicators) {

    /** drafting → drafted → approved (the wording of the Caribbean and Western Balkans plans). */
    public enum Status {
        DRAFTING,
        DRAFTED,
        APPROVED
    }

    /** A national indicator and the regional KPIs (indicator codes of the plan's version) it feeds. */
    public record NationalIndicator(long id, String code, String title, String unit, List<String> feeds) {}
}
