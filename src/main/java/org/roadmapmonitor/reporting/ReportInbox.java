package org.roadmapmonitor.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.framework.ReportingPeriod;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.internal.ReportRepository;
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

    public Inbox mine() {
        RoadmapUser me = CurrentUser.require();
        List<ProgressReport> all = service.list(null, null, null, null).stream()
                .filter(r -> me.isSecretariat() || me.jurisdictions().contains(r.jurisdiction()))
                .toList();
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

    private List<Startable> startable(RoadmapUser me) {
        var out = new ArrayList<Startable>();
        LocalDate today = LocalDate.now(clock);
        for (String j : me.jurisdictions()) {
            if (!me.has(Role.JURISDICTION_EDITOR, j)) {
                continue;
            }
            for (var m : jurisdictions.memberships(j)) {
                var summary = frameworks.list().stream()
                        .filter(f -> f.code().equals(m.framework()))
                        .findFirst();
                if (summary.isEmpty()) {
                    continue;
                }
                for (ReportingPeriod p : calendar.periods(m.framework())) {
                    if (p.stateOn(today) == ReportingPeriod.State.OPEN
                            && reports.find(m.framework(), j, p.period().code()).isEmpty()) {
                        out.add(new Startable(
                                m.framework(),
                                summary.get().name(),
                                j,
                                p.period().code(),
                                p.closesOn()));
                    }
                }
            }
        }
        return out;
    }

    /** Every member's report for one period, with completeness and whether it is overdue. */
    public Board board(String framework, String period) {
        CurrentUser.requireSecretariat();
        var summary = frameworks.summary(framework);
        LocalDate today = LocalDate.now(clock);
        var cal = calendar.periods(framework).stream()
                .filter(p -> p.period().code().equals(period))
                .findFirst()
                .orElse(null);
        var lines = new ArrayList<BoardLine>();
        for (Jurisdiction j : jurisdictions.forFramework(framework)) {
            var r = reports.find(framework, j.code(), period).orElse(null);
            var completeness = r == null ? null : service.view(r.id()).completeness();
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
