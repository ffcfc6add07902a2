package org.roadmapmonitor.coordination;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.coordination.internal.MeetingAccess;
import org.roadmapmonitor.coordination.internal.MeetingRepository;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and reads meetings. Every reader returns what this caller may see (a meeting that is not public is
 * never shown to the public); writes are checked against who may plan that kind of meeting.
 */
@Service
public class Meetings {
    public static final int MAX_PAGE = 200;

    /** A page of meetings, latest first. */
    public record Page(List<Meeting> meetings, long total, int page, int size) {}

    public record Query(MeetingType type, String jurisdiction, String fund, LocalDate from, LocalDate to) {
        public static final Query ALL = new Query(null, null, null, null, null);
    }

    private final MeetingRepository repository;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final FundDirectory funds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Meetings(
            MeetingRepository repository,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            FundDirectory funds,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.funds = funds;
        this.events = events;
        this.clock = clock;
    }

    public Page list(Query q, int page, int size) {
        int s = Math.max(1, Math.min(size, MAX_PAGE));
        int p = Math.max(0, page);
        var viewer = MeetingAccess.viewer();
        var filter = filter(q);
        return new Page(repository.list(viewer, filter, p * s, s), repository.count(viewer, filter), p, s);
    }

    /** The meeting, if this caller may see it; otherwise it does not exist for them. */
    public Meeting get(long id) {
        return repository
                .find(id)
                .filter(Meetings::seen)
                .orElseThrow(() -> new NotFoundException("coordination.noMeeting", id));
    }

    /** Whether the meeting exists for this caller. */
    public boolean visible(long id) {
        return repository.find(id).filter(Meetings::seen).isPresent();
    }

    /** The meeting for a change by its organisers: seen, and planned by someone who may plan it. */
    public Meeting organised(long id) {
        Meeting m = get(id);
        MeetingAccess.requirePlanner(m.type(), m.jurisdiction(), m.fund());
        return m;
    }

    public boolean canOrganise(Meeting m) {
        return MeetingAccess.canPlan(m.type(), m.jurisdiction(), m.fund());
    }

    /** Whether the caller may plan a meeting of this type at all (for some jurisdiction or fund). */
    public boolean canPlanSome() {
        return CurrentUser.get()
                .map(u -> u.isSecretariat()
                        || !u.jurisdictions().isEmpty()
                        || !u.funds().isEmpty())
                .orElse(false);
    }

    @Transactional
    public Meeting plan(MeetingPlan plan, boolean demo) {
        MeetingPlan clean = check(plan);
        MeetingAccess.requirePlanner(clean.type(), clean.jurisdiction(), clean.fund());
        long id = repository.insert(clean, demo, CurrentUser.actor(), clock.instant());
        Meeting saved = repository.find(id).orElseThrow();
        events.publishEvent(new ChangeMade(
                "CREATE",
                "meeting",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.meeting.planned", clean.title()),
                null,
                audit(saved)));
        return saved;
    }

    @Transactional
    public Meeting update(long id, MeetingPlan plan) {
        Meeting before = organised(id);
        MeetingPlan clean = check(plan);
        MeetingAccess.requirePlanner(clean.type(), clean.jurisdiction(), clean.fund());
        repository.update(id, clean, clock.instant());
        Meeting after = repository.find(id).orElseThrow();
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "meeting",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.meeting.changed", clean.title()),
                audit(before),
                audit(after)));
        return after;
    }

    /** Adds one participant to a meeting (its organisers). */
    @Transactional
    public Meeting addParticipant(long id, Participant p) {
        Meeting m = organised(id);
        var participants = new ArrayList<>(m.participants());
        participants.add(p);
        return update(id, m.plan(participants));
    }

    private static boolean seen(Meeting m) {
        return MeetingAccess.canSee(MeetingAccess.viewer(), m.isPublic(), m.jurisdiction(), m.fund());
    }

    private static Map<String, Object> audit(Meeting m) {
        return Map.of(
                "type", m.type().name(),
                "title", m.title(),
                "start", m.start().toString(),
                "end", m.end().toString(),
                "timeZone", m.timeZone(),
                "public", m.isPublic(),
                "participants", m.participants().size());
    }

    static MeetingRepository.Filter filter(Query q) {
        return new MeetingRepository.Filter(q.type(), upper(q.jurisdiction()), upper(q.fund()), q.from(), q.to());
    }

    /** Every problem of the plan at once, by field; the cleaned plan when there are none. */
    MeetingPlan check(MeetingPlan p) {
        List<Problem> problems = new ArrayList<>();
        if (p.type() == null) {
            problems.add(Problem.at("type", "coordination.problem.type"));
        }
        if (blank(p.title())) {
            problems.add(Problem.at("title", "problem.required"));
        }
        if (p.start() == null) {
            problems.add(Problem.at("start", "problem.required"));
        }
        if (p.end() == null) {
            problems.add(Problem.at("end", "problem.required"));
        } else if (p.start() != null && p.end().isBefore(p.start())) {
            problems.add(Problem.at("end", "coordination.problem.endBeforeStart"));
        }
        String zone = blank(p.timeZone()) ? null : p.timeZone().strip();
        if (zone == null) {
            problems.add(Problem.at("timeZone", "problem.required"));
        } else if (!validZone(zone)) {
            problems.add(Problem.at("timeZone", "coordination.problem.timeZone", zone));
        }
        String framework = upper(p.framework());
        if (framework != null
                && frameworks.list().stream().noneMatch(f -> f.code().equals(framework))) {
            problems.add(Problem.at("framework", "coordination.problem.framework", framework));
        }
        String jurisdiction = upper(p.jurisdiction());
        if (jurisdiction != null && !jurisdictions.exists(jurisdiction)) {
            problems.add(Problem.at("jurisdiction", "coordination.problem.jurisdiction", jurisdiction));
        } else if (jurisdiction == null && p.type() == MeetingType.LOCAL_COORDINATION) {
            problems.add(Problem.at("jurisdiction", "coordination.problem.localNeedsJurisdiction"));
        }
        String fund = upper(p.fund());
        if (fund != null && funds.find(fund).isEmpty()) {
            problems.add(Problem.at("fund", "coordination.problem.fund", fund));
        } else if (fund == null && p.type() == MeetingType.STEERING_COMMITTEE) {
            problems.add(Problem.at("fund", "coordination.problem.committeeNeedsFund"));
        }
        String period = blank(p.period()) ? null : p.period().strip().toUpperCase();
        if (period != null && !PeriodCode.isValid(period)) {
            problems.add(Problem.at("period", "coordination.problem.period", period));
        }
        List<Participant> participants = p.participants() == null ? List.of() : p.participants();
        for (int i = 0; i < participants.size(); i++) {
            Participant x = participants.get(i);
            if (x == null || blank(x.name())) {
                problems.add(Problem.at("participants[" + i + "].name", "problem.required"));
            }
            if (x != null && x.sex() == null) {
                problems.add(Problem.at("participants[" + i + "].sex", "coordination.problem.sex"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("coordination.refused.meeting", problems);
        }
        return new MeetingPlan(
                p.type(),
                p.title().strip(),
                p.start(),
                p.end(),
                zone,
                strip(p.venue()),
                framework,
                jurisdiction,
                fund,
                period,
                p.isPublic(),
                strip(p.agenda()),
                participants.stream()
                        .map(x -> new Participant(
                                x.name().strip(), strip(x.organisation()), strip(x.function()), x.sex()))
                        .toList());
    }

    static boolean validZone(String zone) {
        try {
            return zone.contains("/") && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String upper(String s) {
        return blank(s) ? null : s.strip().toUpperCase();
    }
}
