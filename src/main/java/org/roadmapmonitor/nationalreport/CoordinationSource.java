package org.roadmapmonitor.nationalreport;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the report learns a jurisdiction's national coordination body, its point of contact and who took part
 * in its meetings in the reporting years. The coordination module's local coordination meetings answer first
 * ({@code internal.RecordedCoordination}); without any, the jurisdiction's SALW commission recorded among the
 * organisations is offered, without counts. The first source with an answer wins, in {@code @Order}.
 */
public interface CoordinationSource {
    /**
     * A body and its point of contact; {@code men} and {@code women} serve on it (null when nobody recorded them);
     * {@code meetings} is null when no meeting of it is recorded.
     */
    record Coordination(String body, Integer men, Integer women, String pointOfContact, Attendance meetings) {
        public Coordination(String body, Integer men, Integer women, String pointOfContact) {
            this(body, men, women, pointOfContact, null);
        }
    }

    /** The body's meetings in the reporting years: how many, the latest, and everyone who took part, by sex. */
    record Attendance(long meetings, LocalDate latest, long women, long men, long notRecorded) {}

    Optional<Coordination> coordination(String jurisdiction, int firstYear, int lastYear);
}
