package org.roadmapmonitor.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.roadmapmonitor.actionplan.internal.ActivityRepository;
import org.roadmapmonitor.actionplan.internal.Fields;
import org.roadmapmonitor.actionplan.internal.PlanRepository;
import org.roadmapmonitor.actionplan.internal.ProgressRepository;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.reporting.Flag;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.ReportAccess;
import org.roadmapmonitor.reporting.ReportReading;
import org.roadmapmonitor.reporting.ReportService;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress on a national action plan's activities, reported inside the jurisdiction's periodic report: the
 * report's own people read and fill the working copy while the report may be changed (when returned, only
 * the activities of objectives whose narrative was flagged); everyone else reads the copy frozen at
 * publication.
 */
@Service
public class ActivityProgress {
    private final ReportService reports;
    private final PlanRepository plans;
    private final ActivityRepository activities;
    private final ProgressRepository progress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ActivityProgress(
            ReportService reports,
            PlanRepository plans,
            ActivityRepository activities,
            ProgressRepository progress,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.plans = plans;
        this.activities = activities;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    /** One activity's line in the report; {@code status} is null while nothing was reported for it. */
    public record Line(
            long activity,
            String objective,
            String organisation,
            String title,
            Activity.Status status,
            Integer percent,
            String note,
            boolean editable) {}

    /** The report's activity section as the caller may read it. {@code team}: the working copy. */
    public record Section(ProgressReport report, Long plan, boolean team, List<Line> lines) {
        public boolean editable() {
            return lines.stream().anyMatch(Line::editable);
        }
    }

    /** What an editor reports for one activity. */
    public record Input(Long activity, String status, String percent, String note) {}

    @Transactional(readOnly = true)
    public Section section(long reportId) {
        ReportReading reading = reports.read(reportId);
        ProgressReport r = reading.report();
        Long plan = plans.find(r.framework(), r.version(), r.jurisdiction())
                .map(PlanRepository.Row::id)
                .orElse(null);
        if (!reading.team()) {
            var lines = progress.copy(r.id(), "PUBLISHED").stream()
                    .map(g -> new Line(
                            g.activity(),
                            g.objective(),
                            g.organisation(),
                            g.title(),
                            g.status(),
                            g.percent(),
                            g.note(),
                            false))
                    .toList();
            return new Section(r, null, false, lines);
        }
        var working = progress.working(r.id());
        boolean changeable = ReportAccess.canChange(r);
        Set<String> flagged = flaggedObjectives(reading);
        var lines = due(r, plan).stream()
                .map(a -> {
                    var g = working.get(a.id());
                    // An activity nobody reported yet (added to the plan later) can always be reported.
                    boolean open = changeable && (flagged == null || flagged.contains(a.objective()) || g == null);
                    return new Line(
                            a.id(),
                            a.objective(),
                            a.organisation(),
                            a.title(),
                            g == null ? null : g.status(),
                            g == null ? null : g.percent(),
                            g == null ? null : g.note(),
                            open);
                })
                .toList();
        return new Section(r, plan, true, lines);
    }

    /** Saves what the editor reported; {@code expectedRevision} is the report's revision they read (If-Match). */
    @Transactional
    public Section save(long reportId, Long expectedRevision, List<Input> inputs) {
        Section before = section(reportId);
        ProgressReport r = before.report();
        if (!before.team() || !ReportAccess.canChange(r)) {
            throw new ForbiddenException("actionplan.progressNotYours", r.jurisdiction());
        }
        reports.changeSection(reportId, expectedRevision);
        var lines = before.lines().stream().collect(Collectors.toMap(Line::activity, l -> l));
        var fields = new Fields();
        var accepted = new LinkedHashMap<Long, Input>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            String at = "activities[" + i + "]";
            Line line = in.activity() == null ? null : lines.get(in.activity());
            if (line == null) {
                fields.problem(at + ".activity", "actionplan.notInReport", String.valueOf(in.activity()));
                continue;
            }
            if (!line.editable()) {
                fields.problem(at + ".status", "actionplan.progressClosed", line.title());
            }
            fields.choice(at + ".status", in.status(), Activity.Status.class, true);
            fields.percent(at + ".percent", in.percent());
            accepted.put(in.activity(), in);
        }
        fields.check("actionplan.progressNotSaved");
        Instant now = clock.instant();
        accepted.forEach((id, in) -> progress.save(
                r.id(),
                id,
                Activity.Status.valueOf(in.status().strip().toUpperCase(java.util.Locale.ROOT)),
                in.percent() == null || in.percent().isBlank()
                        ? null
                        : Integer.valueOf(in.percent().strip()),
                Fields.optional(in.note()),
                CurrentUser.actor(),
                now));
        Section after = section(reportId);
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "report-activities",
                String.valueOf(r.id()),
                ChangeMade.summary(
                        "audit.summary.activityProgress",
                        r.framework(),
                        r.jurisdiction(),
                        r.period().code()),
                before.lines(),
                after.lines()));
        return after;
    }

    /** Whether the report's activity progress changed after {@code since}, for the resubmission rule. */
    boolean changedSince(ProgressReport r, Instant since) {
        return progress.changedSince(r.id(), since);
    }

    /** Activities due in this report that have no status yet, as submission problems (for the report's check). */
    List<Problem> missing(ProgressReport r) {
        Long plan = plans.find(r.framework(), r.version(), r.jurisdiction())
                .map(PlanRepository.Row::id)
                .orElse(null);
        var working = progress.working(r.id());
        var problems = new ArrayList<Problem>();
        for (Activity a : due(r, plan)) {
            if (!working.containsKey(a.id())) {
                problems.add(Problem.at("activities." + a.id(), "actionplan.progressNeeded", a.title()));
            }
        }
        return problems;
    }

    /** Whether the report's page should offer the section to this caller. */
    boolean shown(ProgressReport r) {
        if (!ReportAccess.mine(r.jurisdiction()).isEmpty()) {
            return plans.find(r.framework(), r.version(), r.jurisdiction()).isPresent();
        }
        return !progress.copy(r.id(), "PUBLISHED").isEmpty();
    }

    void freeze(long reportId, String kind) {
        progress.freeze(reportId, kind, clock.instant());
    }

    private List<Activity> due(ProgressReport r, Long plan) {
        return plan == null
                ? List.of()
                : activities.ofPlan(plan, r.period().start(), r.period().end());
    }

    /** While the report is returned, the objectives whose narrative the reviewer flagged; otherwise null (all). */
    private static Set<String> flaggedObjectives(ReportReading reading) {
        if (reading.report().state() != ReportState.RETURNED) {
            return null;
        }
        return reading.flags().stream()
                .filter(f -> f.kind() == Flag.Kind.NARRATIVE)
                .map(Flag::target)
                .collect(Collectors.toSet());
    }
}
