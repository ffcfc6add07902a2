package org.roadmapmonitor.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.ReportSection;
import org.roadmapmonitor.reporting.ReportTransitioned;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The action plan's part of a report: a section on the report page, a submission check (every activity due
 * in the period has a status), and frozen copies taken inside the validating and publishing transitions.
 */
@Component
class ProgressSection implements ReportSection {
    private final ActivityProgress progress;

    ProgressSection(ActivityProgress progress) {
        this.progress = progress;
    }

    @Override
    public Optional<Link> link(ProgressReport report) {
        return progress.shown(report)
                ? Optional.of(new Link("actionplan.section.title", "/reports/" + report.id() + "/activities"))
                : Optional.empty();
    }

    @Override
    public List<Problem> incomplete(ProgressReport report) {
        return progress.missing(report);
    }

    @Override
    public boolean changedSince(ProgressReport report, Instant since) {
        return progress.changedSince(report, since);
    }

    /** Synchronous, so the copy commits or rolls back with the transition itself. */
    @EventListener
    void on(ReportTransitioned t) {
        if (t.action() == ReportAction.VALIDATE) {
            progress.freeze(t.reportId(), "VALIDATED");
        } else if (t.action() == ReportAction.PUBLISH) {
            progress.freeze(t.reportId(), "PUBLISHED");
        }
    }
}
