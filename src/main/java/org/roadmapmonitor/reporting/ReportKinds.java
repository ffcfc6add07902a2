package org.roadmapmonitor.reporting;

import java.util.EnumSet;
import java.util.Set;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.ReportKind;
import org.roadmapmonitor.shared.PeriodType;

/** The kinds of report a framework version takes, told apart by their period type. */
final class ReportKinds {
    private ReportKinds() {}

    /** The period types a version takes reports for: one per kind of report it collects. */
    static Set<PeriodType> periodTypes(FrameworkDocument version) {
        var types = EnumSet.noneOf(PeriodType.class);
        version.kinds().forEach(k -> types.add(k.periodType()));
        return types;
    }

    /** The kind of a report: the one of its version for its period's type (the first, if the version changed). */
    static ReportKind of(ProgressReport r, FrameworkDocument version) {
        return version.kindFor(r.period().type()).orElse(version.kinds().get(0));
    }
}
