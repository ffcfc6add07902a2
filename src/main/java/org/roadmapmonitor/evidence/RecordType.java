package org.roadmapmonitor.evidence;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of evidence records, named as in the API paths ({@code /api/v1/evidence/weapon-items}). */
public enum RecordType {
    ARMS_EVENTS("arms-events"),
    WEAPON_ITEMS("weapon-items"),
    TRACING_REQUESTS("tracing-requests"),
    DESTRUCTIONS("destructions"),
    STOCKPILE_SITES("stockpile-sites"),
    INCIDENTS("incidents"),
    TRAININGS("trainings"),
    /** Ammunition, parts and explosives of an arms event, counted rather than listed (never in SDG 16.4.2). */
    COUNTED_ITEMS("counted-items");

    private final String path;

    RecordType(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<RecordType> fromPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }

    public static String paths() {
        return String.join(", ", Arrays.stream(values()).map(RecordType::path).toList());
    }
}
