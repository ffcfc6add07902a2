package org.roadmapmonitor.coordination;

import java.time.LocalDate;

/**
 * Something a meeting asked someone to do by a date. The owner is a person's name or an account's e-mail
 * (then it is that user's); the jurisdiction is the meeting's. Overdue: still open after its due date.
 */
public record ActionPoint(
        long id,
        long meetingId,
        String meetingTitle,
        String jurisdiction,
        String title,
        String owner,
        String organisation,
        LocalDate due,
        Status status,
        Long followUpMeetingId,
        String followUpNote,
        boolean overdue) {

    public enum Status {
        OPEN,
        DONE,
        DROPPED
    }
}
