package org.roadmapmonitor.coordination;

import java.time.Clock;
import java.util.List;
import org.roadmapmonitor.coordination.internal.DecisionRepository;
import org.roadmapmonitor.fund.Decision;
import org.roadmapmonitor.fund.Grants;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's decisions. At a steering committee a decision can be the fund's allocation decision on a
 * proposal: it is recorded through the fund's own rules ({@link Grants#decide}) in the same transaction, the
 * meeting decision keeps its id and the fund's decision links back to the meeting.
 */
@Service
public class MeetingDecisions {
    /** The fund's decision on a proposal, taken at this meeting (an approval names its USD amount). */
    public record Allocation(String proposal, Decision.Outcome outcome, Money amount, String reason) {}

    public record NewDecision(String text, Allocation allocation) {}

    private final Meetings meetings;
    private final DecisionRepository repository;
    private final Grants grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MeetingDecisions(
            Meetings meetings,
            DecisionRepository repository,
            Grants grants,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    public List<MeetingDecision> list(long meeting) {
        return repository.of(meetings.get(meeting).id());
    }

    @Transactional
    public MeetingDecision record(long meetingId, NewDecision d) {
        Meeting m = meetings.organised(meetingId);
        if (d.text() == null || d.text().isBlank()) {
            throw new InvalidException("text", "problem.required");
        }
        Long fundDecision = null;
        if (d.allocation() != null) {
            if (m.type() != MeetingType.STEERING_COMMITTEE) {
                throw new InvalidException("allocation", "coordination.problem.allocationOnlyAtCommittee");
            }
            Allocation a = d.allocation();
            fundDecision = grants.decide(
                            m.fund(),
                            new Decision(
                                    0,
                                    a.proposal(),
                                    m.title(),
                                    m.start().toLocalDate(),
                                    a.outcome(),
                                    a.amount(),
                                    a.reason(),
                                    "/meetings/" + m.id()))
                    .id();
        }
        long id = repository.insert(m.id(), d.text().strip(), fundDecision, CurrentUser.actor(), clock.instant());
        var saved = new MeetingDecision(id, m.id(), d.text().strip(), fundDecision);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "meeting-decision",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.meetingDecision", m.id()),
                null,
                saved));
        return saved;
    }
}
