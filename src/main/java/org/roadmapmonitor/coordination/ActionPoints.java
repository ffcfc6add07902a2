package org.roadmapmonitor.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.coordination.internal.ActionPointRepository;
import org.roadmapmonitor.coordination.internal.MeetingAccess;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.UserDirectory;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action points: recorded by a meeting's organisers, followed up (done, dropped) by them or by their owner,
 * listed with what is overdue per owner and per jurisdiction. Readers return what this caller may see.
 */
@Service
public class ActionPoints {
    public static final int MAX_PAGE = 500;

    /** What an organiser enters; the owner is a name or an account's e-mail. */
    public record NewActionPoint(String title, String owner, String organisation, LocalDate due) {}

    /** A filter; {@code jurisdiction} "REGIONAL" for points of meetings without one. */
    public record Query(Long meeting, Boolean overdue, String jurisdiction, boolean mine, ActionPoint.Status status) {}

    private final Meetings meetings;
    private final ActionPointRepository repository;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ActionPoints(
            Meetings meetings,
            ActionPointRepository repository,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public List<ActionPoint> list(Query q, int page, int size) {
        int s = Math.max(1, Math.min(size, MAX_PAGE));
        Long mine = null;
        if (q.mine()) {
            mine = CurrentUser.require().id();
        }
        String jurisdiction = q.jurisdiction() == null || q.jurisdiction().isBlank()
                ? null
                : q.jurisdiction().strip().toUpperCase();
        return repository.list(
                MeetingAccess.viewer(),
                new ActionPointRepository.Filter(q.meeting(), q.overdue(), jurisdiction, mine, q.status()),
                today(),
                Math.max(0, page) * s,
                s);
    }

    /** Open points past their due date, per owner (name or e-mail as recorded). */
    public Map<String, Long> overduePerOwner() {
        return repository.overdueBy(MeetingAccess.viewer(), ActionPointRepository.Grouping.OWNER, today());
    }

    /** Open points past their due date, per jurisdiction of their meeting (REGIONAL: meetings without one). */
    public Map<String, Long> overduePerJurisdiction() {
        return repository.overdueBy(MeetingAccess.viewer(), ActionPointRepository.Grouping.JURISDICTION, today());
    }

    /** Open points of earlier meetings of this meeting's series: what this meeting follows up. */
    public List<ActionPoint> toFollowUp(long meeting) {
        meetings.get(meeting);
        return repository.openBefore(meeting, today());
    }

    @Transactional
    public ActionPoint add(long meetingId, NewActionPoint p) {
        Meeting m = meetings.organised(meetingId);
        List<Problem> problems = new ArrayList<>();
        if (p.title() == null || p.title().isBlank()) {
            problems.add(Problem.at("title", "problem.required"));
        }
        if (p.owner() == null || p.owner().isBlank()) {
            problems.add(Problem.at("owner", "problem.required"));
        }
        if (p.due() == null) {
            problems.add(Problem.at("due", "problem.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("coordination.refused.actionPoint", problems);
        }
        String owner = p.owner().strip();
        Long ownerId = users.byEmail(owner).map(UserDirectory.Person::id).orElse(null);
        long id = repository.insert(
                m.id(),
                p.title().strip(),
                owner,
                ownerId,
                p.organisation() == null || p.organisation().isBlank()
                        ? null
                        : p.organisation().strip(),
                p.due(),
                CurrentUser.actor(),
                clock.instant());
        ActionPoint saved = repository.find(id, today()).orElseThrow();
        events.publishEvent(new ChangeMade(
                "CREATE",
                "action-point",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.actionPoint.recorded", m.id()),
                null,
                saved));
        return saved;
    }

    /**
     * Follows a point up: its new status, optionally at which meeting and with a note. The meeting's
     * organisers may, and so may the point's owner.
     */
    @Transactional
    public ActionPoint follow(long id, ActionPoint.Status status, Long atMeeting, String note) {
        ActionPoint before = get(id);
        boolean owner = CurrentUser.get()
                .map(u -> repository.ownerUserId(id).filter(o -> o == u.id()).isPresent())
                .orElse(false);
        if (!owner && !meetings.canOrganise(meetings.get(before.meetingId()))) {
            CurrentUser.require();
            throw new ForbiddenException("coordination.forbidden.actionPoint");
        }
        if (status == null) {
            throw new InvalidException("status", "coordination.problem.status");
        }
        if (atMeeting != null) {
            meetings.get(atMeeting);
        }
        repository.setStatus(
                id, status, atMeeting, note == null || note.isBlank() ? null : note.strip(), clock.instant());
        ActionPoint after = repository.find(id, today()).orElseThrow();
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "action-point",
                String.valueOf(id),
                ChangeMade.summary(
                        "audit.summary.actionPoint.status", ChangeMade.word("coordination.status." + status.name())),
                before,
                after));
        return after;
    }

    /** The point, if this caller may see it (its meeting, or their own). */
    public ActionPoint get(long id) {
        ActionPoint p =
                repository.find(id, today()).orElseThrow(() -> new NotFoundException("coordination.noActionPoint", id));
        boolean own = CurrentUser.get()
                .map(u -> repository.ownerUserId(id).filter(o -> o == u.id()).isPresent())
                .orElse(false);
        if (!own && !meetings.visible(p.meetingId())) {
            throw new NotFoundException("coordination.noActionPoint", id);
        }
        return p;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
