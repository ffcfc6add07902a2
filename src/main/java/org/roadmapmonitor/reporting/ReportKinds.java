package org.roadmapmonitor.reporting;

import java.util.EnumSet;
import java.util.Set;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.shared.PeriodType;

/** The kinds of report a framework version takes, told apart by their period type. */
final class ReportKinds {
    private ReportKinds() {}

    /** The period types a version takes reports by: its own, and whole years (KPI data and baselines). */
    static Set<PeriodType> periodTypes(FrameworkDocument version) {
        var types = EnumSet.of(PeriodType.YEARLY);
        types.add(version.reportingPeriodType());
        return types;
    }
}
