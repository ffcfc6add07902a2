package org.roadmapmonitor.evidence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.roadmapmonitor.evidence.EvidenceRecords;
import org.roadmapmonitor.evidence.RecordType;
import tools.jackson.databind.json.JsonMapper;

/** The synthetic demo records created one by one through the records service, as the API would. */
final class DemoRecords {
    private static final String[] INCIDENT_TYPES = {
        "WEAPON_SEIZURE",
        "WEAPON_SEIZURE",
        "WEAPON_SEIZURE",
        "CRIMINAL",
        "PUBLIC_DISPUTE",
        "DOMESTIC_VIOLENCE",
        "CELEBRATORY_SHOOTING",
        "UNDETERMINED_SHOOTING",
        "SUICIDE"
    };
    private static final String[] AGES = {"19-35", "19-35", "36-60", "36-60", "61+", "0-18", "UNKNOWN"};

    private final EvidenceRecords records;
    private final JsonMapper json;
    private final Random random;
    private final double scale;

    DemoRecords(EvidenceRecords records, JsonMapper json, Random random, double scale) {
        this.records = records;
        this.json = json;
        this.random = random;
        this.scale = scale;
    }

    void load(int lastYear, List<String> jurisdictions) {
        int incidents = (int) Math.max(1, 20 * scale);
        for (String j : jurisdictions) {
            for (int year = 2018; year <= lastYear; year++) {
                for (int i = 0; i < incidents; i++) {
                    incident(j, year, i);
                }
                destruction(j, year);
                training(j, year);
                tracingRequests(j, year);
            }
        }
    }

    private String date(int year) {
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)).toString();
    }

    private void create(RecordType type, Map<String, Object> body) {
        records.create(type, json.valueToTree(body));
    }

    private void incident(String j, int year, int i) {
        String type = INCIDENT_TYPES[random.nextInt(INCIDENT_TYPES.length)];
        var persons = new java.util.ArrayList<Map<String, Object>>();
        if (!type.equals("WEAPON_SEIZURE")) {
            int victims = type.equals("CELEBRATORY_SHOOTING") ? random.nextInt(2) : 1 + random.nextInt(2);
            for (int v = 0; v < victims; v++) {
                int s = random.nextInt(100);
                String sex = type.equals("DOMESTIC_VIOLENCE")
                        ? (s < 80 ? "FEMALE" : "MALE")
                        : s < 78 ? "MALE" : s < 95 ? "FEMALE" : "UNKNOWN";
                String outcome = type.equals("SUICIDE")
                        ? "SUICIDE"
                        : random.nextInt(100) < 15 ? "KILLED" : random.nextInt(2) == 0 ? "INJURED" : "THREATENED";
                persons.add(Map.of(
                        "role",
                        "VICTIM",
                        "sex",
                        sex,
                        "ageGroup",
                        AGES[random.nextInt(AGES.length)],
                        "outcome",
                        outcome));
            }
        }
        if (!type.equals("SUICIDE")) {
            int s = random.nextInt(100);
            persons.add(Map.of(
                    "role",
                    "PERPETRATOR",
                    "sex",
                    s < 72 ? "MALE" : s < 75 ? "FEMALE" : "UNKNOWN",
                    "ageGroup",
                    AGES[random.nextInt(AGES.length)]));
        }
        create(
                RecordType.INCIDENTS,
                Map.of(
                        "jurisdiction",
                        j,
                        "incidentRef",
                        "DEMO-INC-" + j + "-" + year + "-" + i,
                        "occurredOn",
                        date(year),
                        "incidentType",
                        type,
                        "settlementType",
                        random.nextInt(100) < 65 ? "URBAN" : "RURAL",
                        "sources",
                        "Synthetic demo data (not a real incident)",
                        "persons",
                        persons,
                        "weapons",
                        List.of(Map.of(
                                "weaponType", random.nextInt(100) < 70 ? "HANDGUN" : "RIFLE_SHOTGUN",
                                "count", 1 + random.nextInt(2),
                                "legalStatus", random.nextInt(100) < 72 ? "ILLEGAL_POSSESSION" : "LEGALLY_HELD"))));
    }

    private void destruction(String j, int year) {
        create(
                RecordType.DESTRUCTIONS,
                Map.of(
                        "jurisdiction",
                        j,
                        "destructionRef",
                        "DEMO-DES-" + j + "-" + year,
                        "destroyedOn",
                        year + "-11-16",
                        "method",
                        random.nextBoolean() ? "SMELTING" : "CUTTING",
                        "smallArms",
                        (int) Math.max(1, (800 + random.nextInt(2000)) * scale),
                        "lightWeapons",
                        (int) (random.nextInt(60) * scale),
                        "location",
                        "Synthetic demo data"));
    }

    private void training(String j, int year) {
        int women = 2 + random.nextInt(8 + (year - 2018));
        create(
                RecordType.TRAININGS,
                Map.of(
                        "jurisdiction",
                        j,
                        "trainingRef",
                        "DEMO-TR-" + j + "-" + year,
                        "title",
                        "Firearms tracing and record-keeping (synthetic demo)",
                        "topic",
                        "TRACING",
                        "startedOn",
                        year + "-04-10",
                        "endedOn",
                        year + "-04-12",
                        "participantsFemale",
                        women,
                        "participantsMale",
                        12 + random.nextInt(10),
                        "participantsUnknown",
                        random.nextInt(2)));
    }

    private void tracingRequests(String j, int year) {
        var page = records.list(
                RecordType.WEAPON_ITEMS,
                new EvidenceRecords.Query(j, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0, 40));
        int n = 0;
        for (var item : page.records()) {
            String status = (String) item.get("tracingStatus");
            if (!"TRACED".equals(status) && !"PENDING".equals(status)) {
                continue;
            }
            boolean traced = "TRACED".equals(status);
            boolean international = random.nextInt(100) < 40;
            var body = new java.util.HashMap<String, Object>(Map.of(
                    "weaponItemId",
                    item.get("id"),
                    "requestRef",
                    "DEMO-TRQ-" + item.get("id"),
                    "scope",
                    international ? "INTERNATIONAL" : "NATIONAL",
                    "channel",
                    international ? "INTERPOL_IARMS" : "NATIONAL_REGISTRY",
                    "requestingParty",
                    j + " police",
                    "requestedParty",
                    international ? "INTERPOL iARMS" : j + " weapons registry",
                    "sentOn",
                    year + "-06-01",
                    "outcome",
                    status));
            if (traced) {
                body.put("answeredOn", year + "-09-15");
                body.put("originEstablished", Boolean.TRUE.equals(item.get("originEstablished")));
                if (Boolean.TRUE.equals(item.get("originEstablished"))) {
                    body.put("originMethod", item.get("originMethod"));
                }
            }
            create(RecordType.TRACING_REQUESTS, body);
            if (++n >= 10) {
                return;
            }
        }
    }
}
