package org.roadmapmonitor.evidence.internal;

import static org.roadmapmonitor.evidence.internal.RecordTable.Field.code;
import static org.roadmapmonitor.evidence.internal.RecordTable.Field.text;
import static org.roadmapmonitor.evidence.internal.RecordTable.Field.typed;

import java.util.List;
import java.util.Map;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.evidence.internal.ImportLayout.ChildRows;
import org.roadmapmonitor.evidence.internal.ImportLayout.Owner;
import org.roadmapmonitor.evidence.internal.ImportLayout.Rule;
import org.roadmapmonitor.evidence.internal.RecordTable.Kind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The file layouts of every record type but weapon items (those have their own, faster import): the columns
 * documented in docs/evidence-import.md, with the same codes and limits as the records API.
 */
@Configuration(proxyBeanMethods = false)
class RecordImports {
    private static final String[] OUTCOMES = {"TRACED", "PENDING", "INSUFFICIENT_INFORMATION", "NOT_ATTEMPTED"};
    private static final String[] METHODS = {"TRACING", "COMPETENT_AUTHORITY"};
    private static final String[] LEGAL = {"ILLEGAL_POSSESSION", "LEGALLY_HELD", "UNKNOWN"};

    static final ImportLayout ARMS_EVENTS = new ImportLayout(
            RecordType.ARMS_EVENTS,
            "arms_event",
            List.of(
                    text("event_ref", "event_ref", true, 100),
                    code("event_type", "event_type", true, "SEIZED", "FOUND", "SURRENDERED"),
                    typed("criminal_offence", "criminal_offence", Kind.BOOLEAN, false),
                    typed("event_date", "event_date", Kind.DATE, true),
                    text("agency", "agency", false, 200),
                    text("municipality", "municipality", false, 200),
                    typed("latitude", "latitude", Kind.DECIMAL, false),
                    typed("longitude", "longitude", Kind.DECIMAL, false),
                    text("campaign", "campaign", false, 200)),
            List.of("event_ref"),
            Owner.JURISDICTION,
            true,
            List.of(),
            List.of(
                    new Rule(
                            "criminal_offence",
                            "n.event_type = 'SEIZED' and n.criminal_offence is null",
                            "evidence.import.requiredForSeizure",
                            null),
                    new Rule(
                            "criminal_offence",
                            "n.event_type in ('FOUND', 'SURRENDERED') and n.criminal_offence is not null",
                            "evidence.import.onlyForSeizure",
                            "array[n.event_type]"),
                    coordinate("latitude", 90),
                    coordinate("longitude", 180)),
            Map.of());

    static final ImportLayout COUNTED_ITEMS = new ImportLayout(
            RecordType.COUNTED_ITEMS,
            "counted_item",
            List.of(
                    text("line_key", "line_key", true, 100),
                    code("kind", "kind", true, "AMMUNITION", "PART", "EXPLOSIVE"),
                    text("description", "description", true, 500),
                    text("calibre", "calibre", false, 50),
                    typed("quantity", "quantity", Kind.INTEGER, true)),
            List.of("line_key"),
            Owner.EVENT,
            false,
            List.of(),
            List.of(positive("quantity")),
            Map.of());

    static final ImportLayout TRACING_REQUESTS = new ImportLayout(
            RecordType.TRACING_REQUESTS,
            "tracing_request",
            List.of(
                    text("request_ref", "request_ref", true, 100),
                    code("scope", "scope", true, "NATIONAL", "INTERNATIONAL"),
                    code("channel", "channel", true, "NATIONAL_REGISTRY", "INTERPOL_IARMS", "STATE", "MANUFACTURER"),
                    text("requesting_party", "requesting_party", true, 200),
                    text("requested_party", "requested_party", true, 200),
                    typed("sent_on", "sent_on", Kind.DATE, true),
                    typed("acknowledged_on", "acknowledged_on", Kind.DATE, false),
                    typed("answered_on", "answered_on", Kind.DATE, false),
                    code("outcome", "outcome", false, OUTCOMES),
                    typed("origin_established", "origin_established", Kind.BOOLEAN, false),
                    code("origin_method", "origin_method", false, METHODS),
                    text("point_of_diversion", "point_of_diversion", false, 500),
                    text("last_legal_record", "last_legal_record", false, 500)),
            List.of("request_ref"),
            Owner.WEAPON,
            false,
            List.of(),
            List.of(notBefore("acknowledged_on", "sent_on"), notBefore("answered_on", "sent_on")),
            Map.of("outcome", "'PENDING'", "origin_established", "false"));

    static final ImportLayout DESTRUCTIONS = new ImportLayout(
            RecordType.DESTRUCTIONS,
            "destruction",
            List.of(
                    text("destruction_ref", "destruction_ref", true, 100),
                    typed("destroyed_on", "destroyed_on", Kind.DATE, true),
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
                    typed("small_arms", "small_arms", Kind.INTEGER, false),
                    typed("light_weapons", "light_weapons", Kind.INTEGER, false),
                    typed("ammunition_rounds", "ammunition_rounds", Kind.INTEGER, false),
                    typed("explosives_kg", "explosives_kg", Kind.DECIMAL, false),
                    text("location", "location", false, 200)),
            List.of("destruction_ref"),
            Owner.JURISDICTION,
            true,
            List.of(),
            List.of(),
            Map.of("small_arms", "0", "light_weapons", "0", "ammunition_rounds", "0", "explosives_kg", "0"));

    static final ImportLayout STOCKPILE_SITES = new ImportLayout(
            RecordType.STOCKPILE_SITES,
            "stockpile_site",
            List.of(
                    text("site_ref", "site_ref", true, 100),
                    text("name", "name", true, 200),
                    text("owner_agency", "owner_agency", true, 200),
                    text("municipality", "municipality", false, 200),
                    code("site_type", "site_type", true, "WEAPONS", "AMMUNITION", "MIXED"),
                    typed("capacity_tonnes", "capacity_tonnes", Kind.DECIMAL, false)),
            List.of("site_ref"),
            Owner.JURISDICTION,
            true,
            List.of(new ChildRows(
                    "stockpile_inspection",
                    "site_id",
                    "inspection_",
                    List.of(
                            typed("inspected_on", "inspected_on", Kind.DATE, true),
                            text("inspector", "inspector", true, 200),
                            code("outcome", "outcome", true, "COMPLIANT", "MINOR_FINDINGS", "MAJOR_FINDINGS", "CLOSED"),
                            text("findings", "findings", false, 2000)))),
            List.of(),
            Map.of());

    static final ImportLayout INCIDENTS = new ImportLayout(
            RecordType.INCIDENTS,
            "incident",
            List.of(
                    text("incident_ref", "incident_ref", true, 100),
                    typed("occurred_on", "occurred_on", Kind.DATE, true),
                    code(
                            "incident_type",
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
                    code("settlement_type", "settlement_type", false, "URBAN", "RURAL", "UNKNOWN"),
                    code("location_type", "location_type", false, "HOME", "STREET", "PUBLIC_VENUE", "VEHICLE", "OTHER"),
                    text("sources", "sources", false, 2000)),
            List.of("incident_ref"),
            Owner.JURISDICTION,
            true,
            List.of(
                    new ChildRows(
                            "incident_person",
                            "incident_id",
                            "person_",
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
                                    code("age_group", "age_group", true, "0-18", "19-35", "36-60", "61+", "UNKNOWN"),
                                    code(
                                            "outcome",
                                            "outcome",
                                            false,
                                            "KILLED",
                                            "INJURED",
                                            "THREATENED",
                                            "SUICIDE",
                                            "UNHARMED"))),
                    new ChildRows(
                            "incident_weapon",
                            "incident_id",
                            "weapon_",
                            List.of(
                                    code(
                                            "type",
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
                                    code("legal_status", "legal_status", true, LEGAL)))),
            List.of(positive("weapon_count")),
            Map.of());

    static final ImportLayout TRAININGS = new ImportLayout(
            RecordType.TRAININGS,
            "training",
            List.of(
                    text("training_ref", "training_ref", true, 100),
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
                    typed("started_on", "started_on", Kind.DATE, true),
                    typed("ended_on", "ended_on", Kind.DATE, true),
                    typed("participants_female", "participants_female", Kind.INTEGER, false),
                    typed("participants_male", "participants_male", Kind.INTEGER, false),
                    typed("participants_unknown", "participants_unknown", Kind.INTEGER, false)),
            List.of("training_ref"),
            Owner.JURISDICTION,
            true,
            List.of(),
            List.of(notBefore("ended_on", "started_on")),
            Map.of("participants_female", "0", "participants_male", "0", "participants_unknown", "0"));

    static final List<ImportLayout> ALL =
            List.of(ARMS_EVENTS, COUNTED_ITEMS, TRACING_REQUESTS, DESTRUCTIONS, STOCKPILE_SITES, INCIDENTS, TRAININGS);

    private static Rule coordinate(String column, int limit) {
        return new Rule(
                column,
                "n." + column + " ~ '^-?[0-9]{1,9}(\\.[0-9]{1,6})?$' and abs(n." + column + "::numeric) > " + limit,
                "evidence.import.outOfRange",
                "array[n." + column + ", '-" + limit + "', '" + limit + "']");
    }

    private static Rule positive(String column) {
        return new Rule(column, "n." + column + " ~ '^0+$'", "evidence.import.positive", "array[n." + column + "]");
    }

    /** A date that may not come before another of the same row (both valid dates). */
    private static Rule notBefore(String column, String earlier) {
        return new Rule(
                column,
                "evidence_is_date(n." + column + ") and evidence_is_date(n." + earlier + ") and n." + column
                        + "::date < n." + earlier + "::date",
                "evidence.import.beforeDate",
                "array[n." + column + ", '" + earlier + "', n." + earlier + "]");
    }

    @Bean
    ImportSpec armsEventImport(JdbcClient jdbc) {
        return new LayoutImport(jdbc, ARMS_EVENTS);
    }

    @Bean
    ImportSpec countedItemImport(JdbcClient jdbc) {
        return new LayoutImport(jdbc, COUNTED_ITEMS);
    }

    @Bean
    ImportSpec tracingRequestImport(JdbcClient jdbc) {
        return new LayoutImport(jdbc, TRACING_REQUESTS);
    }

    @Bean
    ImportSpec destructionImport(JdbcClient jdbc) {
        return new LayoutImport(jdbc, DESTRUCTIONS);
    }

    @Bean
    ImportSpec stockpileSiteImport(JdbcClient jdbc) {
        return new LayoutImport(jdbc, STOCKPILE_SITES);
    }

    @Bean
    ImportSpec incidentImport(JdbcClient jdbc) {
        return new LayoutImport(jdbc, INCIDENTS);
    }

    @Bean
    ImportSpec trainingImport(JdbcClient jdbc) {
        return new LayoutImport(jdbc, TRAININGS);
    }
}
