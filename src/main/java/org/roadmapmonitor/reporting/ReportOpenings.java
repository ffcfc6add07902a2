package org.roadmapmonitor.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.framework.ReportingPeriod;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.internal.OpeningRepository;
import org.roadmapmonitor.reporting.internal.OpeningRepository.Opening;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PeriodType;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a report may be started: only for a period of a kind the framework version reports by, once the
 * reporting calendar has opened it — or once the secretariat has opened it early for that one jurisdiction,
 * saying why (kept in the audit log).
 */
@Service
public class ReportOpenings {
    private final ReportingCalendar calendar;
    private final OpeningRepository openings;
    private final JurisdictionDirectory jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Texts texts;

    ReportOpenings(
            ReportingCalendar calendar,
            OpeningRepository openings,
            JurisdictionDirectory jurisdictions,
            ApplicationEventPublisher events,
            Clock clock,
            Texts texts) {
        this.calendar = calendar;
        this.openings = openings;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
        this.texts = texts;
    }

    /** Why a report of this jurisdiction for this period cannot be started under this version, if it cannot. */
    List<Problem> refusals(FrameworkDocument version, PeriodCode period, String jurisdiction) {
        var problems = new ArrayList<Problem>();
        var types = ReportKinds.periodTypes(version);
        if (!types.contains(period.type())) {
            problems.add(Problem.at(
                    "period",
                    texts.get(
                            "report.periodTypeRefused",
                            period.code(),
                            version.name(),
                            version.version(),
                            String.join(
                                    ", ",
                                    types.stream().map(PeriodType::example).toList()))));
            return problems;
        }
        var entry = calendar.period(version.code(), period);
        LocalDate today = LocalDate.now(clock);
        if (entry.isEmpty()) {
            problems.add(Problem.at("period", texts.get("report.periodNotInCalendar", period.code(), version.name())));
        } else if (entry.get().locked()) {
            problems.add(Problem.at("period", texts.get("report.periodLocked", period.code(), version.name())));
        } else if (entry.get().stateOn(today) == ReportingPeriod.State.UPCOMING
                && openings.find(version.code(), period.code(), jurisdiction).isEmpty()) {
            problems.add(Problem.at(
                    "period",
                    texts.get(
                            "report.periodNotOpen",
                            period.code(),
                            entry.get().opensOn().toString())));
        }
        return problems;
    }

    /** Opens a period of the calendar early for one jurisdiction; the secretariat only, with a reason. */
    @Transactional
    public Opening openEarly(String framework, String periodCode, String jurisdiction, String reason) {
        CurrentUser.requireSecretariat();
        var problems = new ArrayList<Problem>();
        PeriodCode period = null;
        try {
            period = PeriodCode.parse(periodCode);
            if (calendar.period(framework, period).isEmpty()) {
                problems.add(Problem.at("period", texts.get("report.periodNotInCalendar", period.code(), framework)));
            }
        } catch (InvalidException e) {
            problems.addAll(e.problems());
        }
        if (jurisdiction == null
                || jurisdictions.membershipsOfFramework(framework).stream()
                        .noneMatch(m -> m.jurisdiction().equals(jurisdiction))) {
            problems.add(Problem.at("jurisdiction", texts.get("report.notMember", jurisdiction, framework)));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(Problem.at("reason", texts.get("opening.reasonNeeded")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(texts.get("opening.notDone"), problems);
        }
        var before = openings.find(framework, period.code(), jurisdiction);
        openings.save(framework, period.code(), jurisdiction, why, CurrentUser.actor(), clock.instant());
        Opening after = openings.find(framework, period.code(), jurisdiction).orElseThrow();
        events.publishEvent(new ChangeMade(
                "OPEN_EARLY",
                "reporting-period",
                framework + "/" + period.code() + "/" + jurisdiction,
                ChangeMade.summary("audit.summary.period.openedEarly", period.code(), framework, jurisdiction, why),
                before.map(o -> Map.of("reason", o.reason())).orElse(null),
                Map.of("reason", why)));
        return after;
    }

    public List<Opening> openedEarly(String framework, String periodCode) {
        return openings.list(framework, periodCode);
    }
}
