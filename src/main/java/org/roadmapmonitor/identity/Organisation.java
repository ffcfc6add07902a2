package org.roadmapmonitor.identity;

/** An organisation users belong to: a SALW commission, the secretariat, a UN agency, a donor. */
public record Organisation(long id, String code, String name, Kind kind, String jurisdiction) {
    public enum Kind {
        SECRETARIAT,
        SALW_COMMISSION,
        ADMINISTRATIVE_AGENT,
        PARTICIPATING_ORGANISATION,
        DONOR,
        INTERNATIONAL_ORGANISATION,
        GOVERNMENT,
        NGO,
        OTHER
    }
}
