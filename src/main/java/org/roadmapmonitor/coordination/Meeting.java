package org.roadmapmonitor.coordination;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting as its organisers planned it: local start and end in its time zone, venue or online link, the
 * framework, jurisdiction, period and fund it belongs to, whether it is public, its agenda and participants.
 */
public record Meeting(
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
        boolean isPublic,
        String agenda,
        boolean demo,
        List<Participant> participants) {

    /** The meeting as its organisers would enter it again, with these participants. */
    public MeetingPlan plan(List<Participant> withParticipants) {
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
                isPublic,
                agenda,
                withParticipants);
    }

    public ParticipationCount participation() {
        long women = participants.stream().filter(p -> p.sex() == Sex.WOMAN).count();
        long men = participants.stream().filter(p -> p.sex() == Sex.MAN).count();
        return ParticipationCount.of(women, men, participants.size() - women - men);
    }
}
