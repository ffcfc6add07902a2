package org.roadmapmonitor.coordination.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.roadmapmonitor.coordination.MeetingPlan;
import org.roadmapmonitor.coordination.MeetingType;
import org.roadmapmonitor.shared.InvalidException;

/** The meeting form of the pages, bound field by field. */
record MeetingForm(
        String type,
        String title,
        String start,
        String end,
        String timeZone,
        String venue,
        String framework,
        String jurisdiction,
        String fund,
        String period,
        String isPublic,
        String agenda) {

    MeetingPlan plan() {
        MeetingType t;
        try {
            t = type == null || type.isBlank() ? null : MeetingType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidException("type", "coordination.problem.type");
        }
        return new MeetingPlan(
                t,
                title,
                time(start, "start"),
                time(end, "end"),
                timeZone,
                venue,
                framework,
                jurisdiction,
                fund,
                period,
                isPublic != null,
                agenda,
                List.of());
    }

    private static LocalDateTime time(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidException(field, "coordination.problem.dateTime", text);
        }
    }
}
