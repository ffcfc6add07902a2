package org.roadmapmonitor.nationalreport.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.roadmapmonitor.coordination.Meeting;
import org.roadmapmonitor.coordination.MeetingType;
import org.roadmapmonitor.coordination.Meetings;
import org.roadmapmonitor.coordination.Participant;
import org.roadmapmonitor.coordination.Participation;
import org.roadmapmonitor.nationalreport.CoordinationSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The national coordination body as the coordination module records it: its local coordination meetings in the
 * reporting years, read as the caller may see them. Those who took part in the latest one serve on the body
 * (counted by sex), its chair is the point of contact, and the participation of all of them is reported with
 * the answer. The body is named after the jurisdiction's SALW commission when one is recorded, else after its
 * latest meeting. A fixed number of queries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordedCoordination implements CoordinationSource {
    private final Meetings meetings;
    private final Participation participation;
    private final CommissionAsCoordinationBody commission;

    RecordedCoordination(Meetings meetings, Participation participation, CommissionAsCoordinationBody commission) {
        this.meetings = meetings;
        this.participation = participation;
        this.commission = commission;
    }

    @Override
    public Optional<Coordination> coordination(String jurisdiction, int firstYear, int lastYear) {
        var query = new Meetings.Query(
                MeetingType.LOCAL_COORDINATION,
                jurisdiction,
                null,
                LocalDate.of(firstYear, 1, 1),
                LocalDate.of(lastYear, 12, 31));
        var page = meetings.list(query, 0, 1);
        if (page.meetings().isEmpty()) {
            return Optional.empty();
        }
        Meeting latest = page.meetings().get(0);
        var members = latest.participation();
        var all = participation.total(query);
        return Optional.of(new Coordination(
                commission.commission(jurisdiction).orElse(latest.title()),
                Math.toIntExact(members.men()),
                Math.toIntExact(members.women()),
                latest.participants().stream()
                        .filter(RecordedCoordination::chairs)
                        .findFirst()
                        .map(RecordedCoordination::contact)
                        .orElse(null),
                new Attendance(page.total(), latest.start().toLocalDate(), all.women(), all.men(), all.notRecorded())));
    }

    /** Functions are free text: "Chair", "Chairperson", "Président·e", "Presidente/a" all chair. */
    private static boolean chairs(Participant p) {
        String function = p.function() == null ? "" : p.function().toLowerCase(Locale.ROOT);
        return function.contains("chair") || function.startsWith("présid") || function.startsWith("presid");
    }

    private static String contact(Participant p) {
        return p.organisation() == null || p.organisation().isBlank()
                ? p.name()
                : p.name() + " (" + p.organisation() + ")";
    }
}
