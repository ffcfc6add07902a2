package org.roadmapmonitor.coordination;

import java.util.Map;
import org.roadmapmonitor.coordination.internal.MeetingAccess;
import org.roadmapmonitor.coordination.internal.MeetingRepository;
import org.springframework.stereotype.Service;

/**
 * Participants counted by sex, per meeting and per year, over the meetings this caller may see: what gender
 * views, the regional progress report and the PoA report read. Shares are of participants whose sex was
 * recorded (see {@link ParticipationCount}).
 */
@Service
public class Participation {
    private final Meetings meetings;
    private final MeetingRepository repository;

    public Participation(Meetings meetings, MeetingRepository repository) {
        this.meetings = meetings;
        this.repository = repository;
    }

    public ParticipationCount of(long meetingId) {
        return meetings.get(meetingId).participation();
    }

    /** Per calendar year of the meetings' start, in year order; filter by type, jurisdiction, fund and dates. */
    public Map<Integer, ParticipationCount> byYear(Meetings.Query q) {
        return repository.participationByYear(MeetingAccess.viewer(), Meetings.filter(q));
    }

    /**
     * Per calendar year, over the meetings linked to a framework (and, when named, held by one jurisdiction) that
     * this caller may see: what a framework's gender view shows.
     */
    public Map<Integer, ParticipationCount> byYear(String framework, String jurisdiction) {
        var q = new Meetings.Query(null, jurisdiction, null, null, null);
        return repository.participationByYear(MeetingAccess.viewer(), Meetings.filter(q), framework);
    }

    /** All of it together. */
    public ParticipationCount total(Meetings.Query q) {
        return byYear(q).values().stream().reduce(ParticipationCount.NONE, ParticipationCount::plus);
    }
}
