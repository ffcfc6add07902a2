package org.roadmapmonitor.coordination.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.roadmapmonitor.coordination.ActionPoint;
import org.roadmapmonitor.coordination.Meeting;
import org.roadmapmonitor.coordination.MeetingDecision;
import org.roadmapmonitor.coordination.MeetingDocument;
import org.roadmapmonitor.coordination.MeetingPlan;
import org.roadmapmonitor.coordination.MeetingType;
import org.roadmapmonitor.coordination.Participant;
import org.roadmapmonitor.coordination.ParticipationCount;
import org.roadmapmonitor.coordination.Sex;
import org.roadmapmonitor.fund.Decision;

/** The JSON of the meetings API, as the contract names it. */
final class MeetingJson {
    private MeetingJson() {}

    record ParticipantJson(String name, String organisation, String function, Sex sex) {
        Participant participant() {
            return new Participant(name, organisation, function, sex);
        }

        static ParticipantJson of(Participant p) {
            return new ParticipantJson(p.name(), p.organisation(), p.function(), p.sex());
        }
    }

    record ParticipationJson(
            long women, long men, long notRecorded, long total, BigDecimal womenShare, BigDecimal menShare) {
        static ParticipationJson of(ParticipationCount c) {
            return new ParticipationJson(c.women(), c.men(), c.notRecorded(), c.total(), c.womenShare(), c.menShare());
        }
    }

    /** A meeting as planned: the body of POST and PUT. */
    record Input(
            MeetingType type,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            String timeZone,
            String venue,
            String framework,
            String jurisdiction,
            String fund,
            String period,
            @JsonProperty("public") Boolean isPublic,
            String agenda,
            List<ParticipantJson> participants) {
        MeetingPlan plan() {
            return new MeetingPlan(
                    type,
                    title,
                    start,
                    end,
                    timeZone,
                    venue,
                    framework,
                    jurisdiction,
                    fund,
                    period,
                    Boolean.TRUE.equals(isPublic),
                    agenda,
                    participants == null
                            ? List.of()
                            : participants.stream()
                                    .map(p -> p == null ? null : p.participant())
                                    .toList());
        }
    }

    record Output(
            long id,
            MeetingType type,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            String timeZone,
            String venue,
            String framework,
            String jurisdiction,
            String fund,
            String period,
            @JsonProperty("public") boolean isPublic,
            String agenda,
            boolean demo,
            List<ParticipantJson> participants,
            ParticipationJson participation) {
        static Output of(Meeting m) {
            return new Output(
                    m.id(),
                    m.type(),
                    m.title(),
                    m.start(),
                    m.end(),
                    m.timeZone(),
                    m.venue(),
                    m.framework(),
                    m.jurisdiction(),
                    m.fund(),
                    m.period(),
                    m.isPublic(),
                    m.agenda(),
                    m.demo(),
                    m.participants().stream().map(ParticipantJson::of).toList(),
                    ParticipationJson.of(m.participation()));
        }
    }

    /** One meeting with what it decided, asked and holds. */
    record Detail(
            @com.fasterxml.jackson.annotation.JsonUnwrapped Output meeting,
            List<MeetingDecision> decisions,
            List<ActionPointJson> actionPoints,
            List<DocumentJson> documents) {}

    record DocumentJson(long id, String fileName, String contentType, long sizeBytes, String sha256, String href) {
        static DocumentJson of(long meeting, MeetingDocument d) {
            return new DocumentJson(
                    d.id(),
                    d.fileName(),
                    d.contentType(),
                    d.sizeBytes(),
                    d.sha256(),
                    "/meetings/" + meeting + "/documents/" + d.id());
        }
    }

    record ActionPointInput(String title, String owner, String organisation, LocalDate due) {}

    record FollowUpInput(ActionPoint.Status status, Long meeting, String note) {}

    record ActionPointJson(
            long id,
            long meeting,
            String meetingTitle,
            String jurisdiction,
            String title,
            String owner,
            String organisation,
            LocalDate due,
            ActionPoint.Status status,
            boolean overdue,
            Long followUpMeeting,
            String followUpNote) {
        static ActionPointJson of(ActionPoint a) {
            return new ActionPointJson(
                    a.id(),
                    a.meetingId(),
                    a.meetingTitle(),
                    a.jurisdiction(),
                    a.title(),
                    a.owner(),
                    a.organisation(),
                    a.due(),
                    a.status(),
                    a.overdue(),
                    a.followUpMeetingId(),
                    a.followUpNote());
        }
    }

    record AllocationInput(String proposal, Decision.Outcome outcome, BigDecimal amount, String reason) {}

    record DecisionInput(String text, AllocationInput allocation) {}
}
