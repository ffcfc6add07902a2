package org.roadmapmonitor.evidence.internal;

import static org.roadmapmonitor.evidence.internal.RecordTable.Field.code;
import static org.roadmapmonitor.evidence.internal.RecordTable.Field.text;
import static org.roadmapmonitor.evidence.internal.RecordTable.Field.typed;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.evidence.internal.RecordTable.Child;
import org.roadmapmonitor.evidence.internal.RecordTable.Kind;
import org.roadmapmonitor.evidence.internal.RecordTable.Parent;

/** The evidence record types as the API shows them (fields in camelCase), mapped to the V40 tables. */
public final class RecordTables {
    private static final String[] OUTCOMES = {"TRACED", "PENDING", "INSUFFICIENT_INFORMATION", "NOT_ATTEMPTED"};
    private static final String[] METHODS = {"TRACING", "COMPETENT_AUTHORITY"};
    private static final String[] LEGAL = {"ILLEGAL_POSSESSION", "LEGALLY_HELD", "UNKNOWN"};

    private static final Map<RecordType, RecordTable> TABLES = new EnumMap<>(RecordType.class);

    static {
        put(new RecordTable(
                RecordType.ARMS_EVENTS,
                "arms_event",
                "arms_event r",
                "r.jurisdiction_code",
                "r.event_date",
                List.of(
                        text("eventRef", "event_ref", true, 100),
                        code("eventType", "event_type", true, "SEIZED", "FOUND", "SURRENDERED"),
                        typed("criminalOffence", "criminal_offence", Kind.BOOLEAN, false),
                        typed("eventDate", "event_date", Kind.DATE, true),
                        text("agency", "agency", false, 200),
                        text("municipality", "municipality", false, 200),
                        typed("latitude", "latitude", Kind.DECIMAL, false),
                        typed("longitude", "longitude", Kind.DECIMAL, false),
                        text("campaign", "campaign", false, 200)),
                null,
                List.of()));
        put(new RecordTable(
                RecordType.WEAPON_ITEMS,
                "weapon_item",
                "weapon_item r join arms_event p on p.id = r.event_id",
                "p.jurisdiction_code",
                "p.event_date",
                List.of(
                        typed("eventId", "event_id", Kind.ID, true),
                        code(
                                "category",
                                "category",
                                true,
                                "REVOLVER",
                                "PISTOL",
                                "RIFLE",
                                "CARBINE",
                                "SHOTGUN",
                                "SUBMACHINE_GUN",
                                "ASSAULT_RIFLE",
                                "LIGHT_MACHINE_GUN",
                                "OTHER_SMALL_ARM",
                                "HEAVY_MACHINE_GUN",
                                "GRENADE_LAUNCHER",
                                "RECOILLESS_GUN",
                                "ANTI_TANK_WEAPON",
                                "MANPADS",
                                "MORTAR",
                                "OTHER_LIGHT_WEAPON"),
                        text("manufacturer", "manufacturer", false, 200),
                        text("countryOfManufacture", "country_of_manufacture", false, 100),
                        text("serialNumber", "serial_number", false, 100),
                        text("model", "model", false, 200),
                        text("calibre", "calibre", false, 50),
                        typed("yearOfManufacture", "year_of_manufacture", Kind.INTEGER, false),
                        text("importMarking", "import_marking", false, 100),
                        code("markingStatus", "marking_status", true, "UNIQUELY_MARKED", "UNMARKED", "ALTERED"),
                        code("conversion", "conversion", false, "NONE", "CONVERTED", "GAS_ALARM"),
                        typed("antique", "antique", Kind.BOOLEAN, false),
                        code("legalStatus", "legal_status", false, LEGAL),
                        code("disposition", "disposition", false, "STORED", "DESTROYED", "RETURNED"),
                        typed("destroyedOn", "destroyed_on", Kind.DATE, false),
                        code("tracingStatus", "tracing_status", false, OUTCOMES),
                        typed("originEstablished", "origin_established", Kind.BOOLEAN, false),
                        code("originMethod", "origin_method", false, METHODS),
                        text("pointOfDiversion", "point_of_diversion", false, 500),
                        text("lastLegalRecord", "last_legal_record", false, 500)),
                new Parent(
                        "eventId", "event_id", "arms_event", "select jurisdiction_code from arms_event where id = ?"),
                List.of()));
        put(new RecordTable(
                RecordType.TRACING_REQUESTS,
                "tracing_request",
                "tracing_request r join weapon_item w on w.id = r.weapon_item_id join arms_event p on p.id = w.event_id",
                "p.jurisdiction_code",
                "r.sent_on",
                List.of(
                        typed("weaponItemId", "weapon_item_id", Kind.ID, true),
                        text("requestRef", "request_ref", true, 100),
                        code("scope", "scope", true, "NATIONAL", "INTERNATIONAL"),
                        code(
                                "channel",
                                "channel",
                                true,
                                "NATIONAL_REGISTRY",
                                "INTERPOL_IARMS",
                                "STATE",
                                "MANUFACTURER"),
                        text("requestingParty", "requesting_party", true, 200),
                        text("requestedParty", "requested_party", true, 200),
                        typed("sentOn", "sent_on", Kind.DATE, true),
                        typed("acknowledgedOn", "acknowledged_on", Kind.DATE, false),
                        typed("answeredOn", "answered_on", Kind.DATE, false),
                        code("outcome", "outcome", false, OUTCOMES),
                        typed("originEstablished", "origin_established", Kind.BOOLEAN, false),
                        code("originMethod", "origin_method", false, METHODS),
                        text("pointOfDiversion", "point_of_diversion", false, 500),
                        text("lastLegalRecord", "last_legal_record", false, 500)),
                new Parent(
                        "weaponItemId",
                        "weapon_item_id",
                        "weapon_item",
                        "select e.jurisdiction_code from weapon_item w join arms_event e on e.id = w.event_id"
                                + " where w.id = ?"),
                List.of()));
        put(new RecordTable(
                RecordType.DESTRUCTIONS,
                "destruction",
                "destruction r",
                "r.jurisdiction_code",
                "r.destroyed_on",
                List.of(
                        text("destructionRef", "destruction_ref", true, 100),
                        typed("destroyedOn", "destroyed_on", Kind.DATE, true),
                        code(
                                "method",
                                "method",
                                true,
                                "CUTTING",
                                "CRUSHING",
                                "SMELTING",
                                "SHREDDING",
                                "DETONATION",
                                "BURNING",
                                "OTHER"),
                        typed("smallArms", "small_arms", Kind.INTEGER, false),
                        typed("lightWeapons", "light_weapons", Kind.INTEGER, false),
                        typed("ammunitionRounds", "ammunition_rounds", Kind.INTEGER, false),
                        typed("explosivesKg", "explosives_kg", Kind.DECIMAL, false),
                        text("location", "location", false, 200)),
                null,
                List.of()));
        put(new RecordTable(
                RecordType.STOCKPILE_SITES,
                "stockpile_site",
                "stockpile_site r",
                "r.jurisdiction_code",
                "(select max(i.inspected_on) from stockpile_inspection i where i.site_id = r.id)",
                List.of(
                        text("siteRef", "site_ref", true, 100),
                        text("name", "name", true, 200),
                        text("ownerAgency", "owner_agency", true, 200),
                        text("municipality", "municipality", false, 200),
                        code("siteType", "site_type", true, "WEAPONS", "AMMUNITION", "MIXED"),
                        typed("capacityTonnes", "capacity_tonnes", Kind.DECIMAL, false)),
                null,
                List.of(new Child(
                        "inspections",
                        "stockpile_inspection",
                        "site_id",
                        List.of(
                                typed("inspectedOn", "inspected_on", Kind.DATE, true),
                                text("inspector", "inspector", true, 200),
                                code(
                                        "outcome",
                                        "outcome",
                                        true,
                                        "COMPLIANT",
                                        "MINOR_FINDINGS",
                                        "MAJOR_FINDINGS",
                                        "CLOSED"),
                                text("findings", "findings", false, 2000))))));
        put(new RecordTable(
                RecordType.INCIDENTS,
                "incident",
                "incident r",
                "r.jurisdiction_code",
                "r.occurred_on",
                List.of(
                        text("incidentRef", "incident_ref", true, 100),
                        typed("occurredOn", "occurred_on", Kind.DATE, true),
                        code(
                                "incidentType",
                                "incident_type",
                                true,
                                "WEAPON_SEIZURE",
                                "CRIMINAL",
                                "PUBLIC_DISPUTE",
                                "DOMESTIC_VIOLENCE",
                                "CELEBRATORY_SHOOTING",
                                "UNDETERMINED_SHOOTING",
                                "SUICIDE",
                                "PYROTECHNICS_SEIZURE",
                                "ACCIDENT",
                                "OTHER"),
                        code(
                                "context",
                                "context",
                                false,
                                "ORGANISED_CRIME",
                                "ARMED_ROBBERY",
                                "INTIMATE_PARTNER",
                                "FAMILY",
                                "OTHER"),
                        text("municipality", "municipality", false, 200),
                        code("settlementType", "settlement_type", false, "URBAN", "RURAL", "UNKNOWN"),
                        code(
                                "locationType",
                                "location_type",
                                false,
                                "HOME",
                                "STREET",
                                "PUBLIC_VENUE",
                                "VEHICLE",
                                "OTHER"),
                        text("sources", "sources", false, 2000)),
                null,
                List.of(
                        new Child(
                                "weapons",
                                "incident_weapon",
                                "incident_id",
                                List.of(
                                        code(
                                                "weaponType",
                                                "weapon_type",
                                                true,
                                                "HANDGUN",
                                                "RIFLE_SHOTGUN",
                                                "AUTOMATIC",
                                                "EXPLOSIVE",
                                                "GAS_PISTOL",
                                                "AIR_GUN",
                                                "OTHER"),
                                        typed("count", "weapon_count", Kind.INTEGER, true),
                                        code("legalStatus", "legal_status", true, LEGAL))),
                        new Child(
                                "persons",
                                "incident_person",
                                "incident_id",
                                List.of(
                                        code(
                                                "role",
                                                "role",
                                                true,
                                                "VICTIM",
                                                "PERPETRATOR",
                                                "CO_PERPETRATOR",
                                                "INSTIGATOR",
                                                "ACCOMPLICE"),
                                        code("sex", "sex", true, "FEMALE", "MALE", "UNKNOWN"),
                                        code("ageGroup", "age_group", true, "0-18", "19-35", "36-60", "61+", "UNKNOWN"),
                                        code(
                                                "outcome",
                                                "outcome",
                                                false,
                                                "KILLED",
                                                "INJURED",
                                                "THREATENED",
                                                "SUICIDE",
                                                "UNHARMED"))))));
        put(new RecordTable(
                RecordType.TRAININGS,
                "training",
                "training r",
                "r.jurisdiction_code",
                "r.started_on",
                List.of(
                        text("trainingRef", "training_ref", true, 100),
                        text("title", "title", true, 300),
                        code(
                                "topic",
                                "topic",
                                true,
                                "MARKING_RECORD_KEEPING",
                                "TRACING",
                                "STOCKPILE_MANAGEMENT",
                                "INVESTIGATION",
                                "BORDER_CONTROL",
                                "GENDER",
                                "DESTRUCTION",
                                "OTHER"),
                        text("organiser", "organiser", false, 200),
                        typed("startedOn", "started_on", Kind.DATE, true),
                        typed("endedOn", "ended_on", Kind.DATE, true),
                        typed("participantsFemale", "participants_female", Kind.INTEGER, false),
                        typed("participantsMale", "participants_male", Kind.INTEGER, false),
                        typed("participantsUnknown", "participants_unknown", Kind.INTEGER, false)),
                null,
                List.of()));
    }

    static {
        put(new RecordTable(
                RecordType.COUNTED_ITEMS,
                "counted_item",
                "counted_item r join arms_event p on p.id = r.event_id",
                "p.jurisdiction_code",
                "p.event_date",
                List.of(
                        typed("eventId", "event_id", Kind.ID, true),
                        text("lineKey", "line_key", true, 100),
                        code("kind", "kind", true, "AMMUNITION", "PART", "EXPLOSIVE"),
                        text("description", "description", true, 500),
                        text("calibre", "calibre", false, 50),
                        typed("quantity", "quantity", Kind.INTEGER, true)),
                new Parent(
                        "eventId", "event_id", "arms_event", "select jurisdiction_code from arms_event where id = ?"),
                List.of()));
    }

    /** The record types that belong to a record of this type (an event's weapons and counted items). */
    public static List<RecordTable> dependentsOf(RecordType type) {
        String table = of(type).table();
        return Arrays.stream(RecordType.values())
                .map(RecordTables::of)
                .filter(t ->
                        t != null && t.parent() != null && t.parent().table().equals(table))
                .toList();
    }

    private RecordTables() {}

    private static void put(RecordTable t) {
        TABLES.put(t.type(), t);
    }

    public static RecordTable of(RecordType type) {
        return TABLES.get(type);
    }
}
