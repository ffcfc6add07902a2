package org.roadmapmonitor.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.framework.ReportingPeriod;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.internal.ReportRepository;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.springframework.stereotype.Service;

/** What waits for the signed-in person, and the secretariat's board of a period. */
@Service
public class ReportInbox {
    /** A report that can be started: an open period of a framework the jurisdiction reports under. */
    public record Startable(
            String framework, String frameworkName, String jurisdiction, String period, LocalDate closesOn) {}

    public record Inbox(
            List<ProgressReport> toFill,
            List<ProgressReport> returned,
            List<ProgressReport> toApprove,
            List<ProgressReport> toReview,
            List<ProgressReport> waiting,
            List<ProgressReport> done,
            List<Startable> canStart) {}

    /**
     * One jurisdiction's line on the board: its report, how complete, when it is due and, while it is not in,
     * how many days are left (negative when overdue; null once it is in or when the period has no calendar).
     */
    public record BoardLine(
            Jurisdiction jurisdiction,
            ProgressReport report,
            ReportView.Completeness completeness,
            boolean overdue,
            LocalDate due,
            Long daysLeft) {}

    public record Board(
            String framework, String frameworkName, String period, ReportingPeriod calendar, List<BoardLine> lines) {}

    private final ReportRepository reports;
    private final ReportService service;
    private final FrameworkCatalogue frameworks;
    private final ReportingCalendar calendar;
    private final JurisdictionDirectory jurisdictions;
    private final Clock clock;

    public ReportInbox(
            ReportRepository reports,
            ReportService service,
            FrameworkCatalogue frameworks,
            ReportingCalendar calendar,
            JurisdictionDirectory jurisdictions,
            Clock clock) {
        this.reports = reports;
        this.service = service;
        this.frameworks = frameworks;
        this.calendar = calendar;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** How many reports of each state the inbox shows at most (the newest periods first). */
    static final int PER_STATE = 50;

    private static final List<ReportState> OPEN = List.of(
            ReportState.DRAFT,
            ReportState.RETURNED,
            ReportState.AWAITING_APPROVAL,
            ReportState.SUBMITTED,
            ReportState.RESUBMITTED);
    private static final List<ReportState> DONE = List.of(ReportState.VALIDATED, ReportState.PUBLISHED);

    /** What waits for me: one query for the open reports (at most {@value #PER_STATE} per state), one for done. */
    public Inbox mine() {
        RoadmapUser me = CurrentUser.require();
        List<String> scope = me.isSecretariat() ? null : me.jurisdictions();
        List<ProgressReport> all = new ArrayList<>(reports.latestByState(scope, OPEN, PER_STATE));
        all.addAll(reports.latestByState(scope, DONE, 12));
        all.sort(java.util.Comparator.comparing((ProgressReport r) -> r.period().start())
                .reversed()
                .thenComparing(ProgressReport::framework)
                .thenComparing(ProgressReport::jurisdiction));
        var toFill = new ArrayList<ProgressReport>();
        var returned = new ArrayList<ProgressReport>();
        var toApprove = new ArrayList<ProgressReport>();
        var toReview = new ArrayList<ProgressReport>();
        var waiting = new ArrayList<ProgressReport>();
        var done = new ArrayList<ProgressReport>();
        for (ProgressReport r : all) {
            boolean editor = me.has(Role.JURISDICTION_EDITOR, r.jurisdiction());
            boolean approver = me.has(Role.JURISDICTION_APPROVER, r.jurisdiction());
            switch (r.state()) {
                case DRAFT -> (editor ? toFill : waiting).add(r);
                case RETURNED -> (editor ? returned : waiting).add(r);
                case AWAITING_APPROVAL -> (approver ? toApprove : waiting).add(r);
                case SUBMITTED, RESUBMITTED -> (me.isSecretariat() ? toReview : waiting).add(r);
                default -> done.add(r);
            }
        }
        return new Inbox(
                toFill,
                returned,
                toApprove,
                toReview,
                me.isSecretariat() ? List.of() : waiting,
                done.stream().limit(12).toList(),
                startable(me));
    }

    /**
     * Open periods without a report, for the jurisdictions I edit: one query for their memberships, one for
     * their reports, and the calendar once per framework.
     */
    private List<Startable> startable(RoadmapUser me) {
        var out = new ArrayList<Startable>();
        List<String> mine = me.jurisdictions().stream()
                .filter(j -> me.has(Role.JURISDICTION_EDITOR, j))
                .toList();
        if (mine.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = new HashMap<>();
        frameworks.list().forEach(f -> names.put(f.code(), f.name()));
        var existing = reports.existing(mine);
        var periods = new HashMap<String, List<ReportingPeriod>>();
        for (var m : jurisdictions.memberships(mine)) {
            String name = names.get(m.framework());
            if (name == null) {
                continue;
            }
            for (ReportingPeriod p : periods.computeIfAbsent(m.framework(), calendar::periods)) {
                if (p.stateOn(today) == ReportingPeriod.State.OPEN
                        && !existing.contains(m.framework() + "|" + m.jurisdiction() + "|"
                                + p.period().code())) {
                    out.add(new Startable(
                            m.framework(), name, m.jurisdiction(), p.period().code(), p.closesOn()));
                }
            }
        }
        return out;
    }

    /**
     * Every member's report for one period, with completeness and whether it is overdue: the members, their
     * reports and the reports' filled cells in three queries, and each framework version's document once,
     * however many jurisdictions the framework has.
     */
    public Board board(String framework, String period) {
        CurrentUser.requireSecretariat();
        var summary = frameworks.summary(framework);
        LocalDate today = LocalDate.now(clock);
        var cal = calendar.periods(framework).stream()
                .filter(p -> p.period().code().equals(period))
                .findFirst()
                .orElse(null);
        Map<String, ProgressReport> byJurisdiction = new HashMap<>();
        reports.list(new ReportRepository.Filter(framework, null, period, null, null, false))
                .forEach(r -> byJurisdiction.put(r.jurisdiction(), r));
        Map<Long, Set<String>> filled = new HashMap<>();
        if (!byJurisdiction.isEmpty()) {
            reports.filledCells(byJurisdiction.values().stream()
                            .map(ProgressReport::id)
                            .toList())
                    .forEach(c -> filled.computeIfAbsent(c.reportId(), k -> new HashSet<>())
                            .add(ValueRules.keyOf(c.indicator(), c.disaggregationKey())));
        }
        Map<String, FrameworkDocument> documents = new HashMap<>();
        var lines = new ArrayList<BoardLine>();
        for (Jurisdiction j : jurisdictions.forFramework(framework)) {
            var r = byJurisdiction.get(j.code());
            var completeness = r == null
                    ? null
                    : ReportView.completeness(
                            documents.computeIfAbsent(r.version(), v -> frameworks.document(framework, v)),
                            filled.getOrDefault(r.id(), Set.of()));
            boolean notIn = r == null
                    || r.state() == ReportState.DRAFT
                    || r.state() == ReportState.RETURNED
                    || r.state() == ReportState.AWAITING_APPROVAL;
            boolean overdue = notIn && cal != null && today.isAfter(cal.closesOn());
            LocalDate due = cal == null ? null : cal.closesOn();
            Long daysLeft = notIn && due != null ? ChronoUnit.DAYS.between(today, due) : null;
            lines.add(new BoardLine(j, r, completeness, overdue, due, daysLeft));
        }
        return new Board(framework, summary.name(), period, cal, lines);
    }
}
