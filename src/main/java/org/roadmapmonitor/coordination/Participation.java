package org.roadmapmonitor.coordination;

import java.time.LocalDate;
import java.util.List;
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

    /** The meetings of one jurisdiction (null: of none, such as regional meetings) in one year, and who took part. */
    public record Tally(String jurisdiction, int year, long meetings, ParticipationCount count) {}

    /**
     * Per jurisdiction and calendar year, over the meetings linked to a framework that start within the dates and
     * that this caller may see: what the regional progress report's gender section shows. One query.
     */
    public List<Tally> byJurisdiction(String framework, LocalDate from, LocalDate to) {
        var q = new Meetings.Query(null, null, null, from, to);
        return repository.participationByJurisdiction(MeetingAccess.viewer(), Meetings.filter(q), framework);
    }

    /** All of it together. */
    public ParticipationCount total(Meetings.Query q) {
        return byYear(q).values().stream().reduce(ParticipationCount.NONE, ParticipationCount::plus);
    }
}
