package org.roadmapmonitor.framework;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.roadmapmonitor.shared.PeriodType;

/**
 * One kind of report a framework version collects, e.g. Roadmap 2030's semi-annual progress report
 * (narratives per goal) and its annual KPI report (values): its period type, which sections it holds, and
 * how long its reporting window stays open after a period ends. A report's kind follows from its period's
 * type, so two kinds of one version never share a period type.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportKind(String code, String name, PeriodType periodType, List<Section> contents, Integer windowDays) {
    /** The default window: a period opens the day after it ends and closes this many days later. */
    public static final int DEFAULT_WINDOW_DAYS = 60;

    public enum Section {
        VALUES,
        NARRATIVES
    }

    public boolean has(Section section) {
        return contents != null && contents.contains(section);
    }

    @JsonIgnore
    public int window() {
        return windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays;
    }

    /** A version that names no kinds takes one report of its period type, and a yearly one, both complete. */
    static List<ReportKind> defaults(PeriodType reportingPeriodType) {
        var all = List.of(Section.VALUES, Section.NARRATIVES);
        var own = new ReportKind("report", null, reportingPeriodType, all, null);
        return reportingPeriodType == PeriodType.YEARLY
                ? List.of(own)
                : List.of(own, new ReportKind("annual", null, PeriodType.YEARLY, all, null));
    }
}
