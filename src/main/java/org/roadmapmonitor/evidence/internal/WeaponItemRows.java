package org.roadmapmonitor.evidence.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.shared.SpreadsheetText;

/**
 * The rules of one weapon-item row (docs/evidence-import.md), checked in Java while the file streams in:
 * values trimmed, codes in capitals and flags in lower case, then every broken rule reported with its column,
 * message key and arguments — the same keys the reader sees in the job's list of problems.
 */
final class WeaponItemRows implements ImportSpec.RowCheck {
    private static final int EVENT_REF = 0;
    private static final int EVENT_TYPE = 1;
    private static final int CRIMINAL_OFFENCE = 2;
    private static final int EVENT_DATE = 3;
    private static final int JURISDICTION = 4;
    private static final int AGENCY = 5;
    private static final int MUNICIPALITY = 6;
    private static final int CATEGORY = 7;
    private static final int MANUFACTURER = 8;
    private static final int COUNTRY = 9;
    private static final int SERIAL = 10;
    private static final int MODEL = 11;
    private static final int CALIBRE = 12;
    private static final int YEAR = 13;
    private static final int IMPORT_MARKING = 14;
    private static final int MARKING_STATUS = 15;
    private static final int CONVERSION = 16;
    private static final int LEGAL_STATUS = 17;
    private static final int ANTIQUE = 18;
    private static final int DISPOSITION = 19;
    private static final int DESTROYED_ON = 20;
    private static final int TRACING_STATUS = 21;
    private static final int ORIGIN_ESTABLISHED = 22;
    private static final int ORIGIN_METHOD = 23;
    private static final int POINT_OF_DIVERSION = 24;
    private static final int LAST_LEGAL_RECORD = 25;
    private static final int ITEM_KEY = 26;
    /** Free text, which an export neutralised against spreadsheet formulas (a leading apostrophe). */
    private static final int[] TEXTS = {
        EVENT_REF,
        AGENCY,
        MUNICIPALITY,
        MANUFACTURER,
        COUNTRY,
        SERIAL,
        MODEL,
        CALIBRE,
        IMPORT_MARKING,
        POINT_OF_DIVERSION,
        LAST_LEGAL_RECORD,
        ITEM_KEY
    };
    /** Derived: the event's own columns of the row in one text (see {@link #eventKey}). */
    static final int EVENT_KEY = 27;

    private static final int[] EVENT_COLUMNS = {
        EVENT_TYPE, CRIMINAL_OFFENCE, EVENT_DATE, JURISDICTION, AGENCY, MUNICIPALITY
    };
    private static final int[] CODES = {
        EVENT_TYPE,
        JURISDICTION,
        CATEGORY,
        MARKING_STATUS,
        CONVERSION,
        LEGAL_STATUS,
        DISPOSITION,
        TRACING_STATUS,
        ORIGIN_METHOD
    };
    private static final int[] DATE_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9};
    private static final int[] FLAGS = {CRIMINAL_OFFENCE, ANTIQUE, ORIGIN_ESTABLISHED};

    private static final List<String> EVENT_TYPES = List.of("SEIZED", "FOUND", "SURRENDERED");
    private static final List<String> MARKING = List.of("UNIQUELY_MARKED", "UNMARKED", "ALTERED");
    private static final List<String> CONVERSIONS = List.of("NONE", "CONVERTED", "GAS_ALARM");
    private static final List<String> LEGAL = List.of("ILLEGAL_POSSESSION", "LEGALLY_HELD", "UNKNOWN");
    private static final List<String> DISPOSITIONS = List.of("STORED", "DESTROYED", "RETURNED");
    private static final List<String> TRACING =
            List.of("TRACED", "PENDING", "INSUFFICIENT_INFORMATION", "NOT_ATTEMPTED");
    private static final List<String> METHODS = List.of("TRACING", "COMPETENT_AUTHORITY");

    private final Map<String, String> jurisdictionKinds;
    private final Set<String> categories;
    private final Set<String> allowed;
    private final LocalDate today;
    private final String thisYear;

    /** {@code allowed} null: the importer acts for every jurisdiction. */
    WeaponItemRows(
            Map<String, String> jurisdictionKinds, Set<String> categories, Set<String> allowed, LocalDate today) {
        this.jurisdictionKinds = jurisdictionKinds;
        this.categories = categories;
        this.allowed = allowed;
        this.today = today;
        this.thisYear = String.valueOf(today.getYear());
    }

    @Override
    public void check(String[] r, ImportSpec.Problems p) {
        for (int i : TEXTS) {
            r[i] = SpreadsheetText.restored(r[i]);
        }
        for (int i : CODES) {
            if (r[i] != null) {
                r[i] = r[i].toUpperCase(Locale.ROOT);
            }
        }
        for (int i : FLAGS) {
            if (r[i] != null) {
                r[i] = r[i].toLowerCase(Locale.ROOT);
            }
        }
        required(r, EVENT_REF, "event_ref", p);
        tooLong(r, EVENT_REF, "event_ref", 100, p);
        required(r, EVENT_TYPE, "event_type", p);
        oneOf(r, EVENT_TYPE, "event_type", EVENT_TYPES, p);
        String type = r[EVENT_TYPE];
        if ("SEIZED".equals(type) && r[CRIMINAL_OFFENCE] == null) {
            p.add("criminal_offence", "evidence.import.requiredForSeizure");
        }
        if (("FOUND".equals(type) || "SURRENDERED".equals(type)) && r[CRIMINAL_OFFENCE] != null) {
            p.add("criminal_offence", "evidence.import.onlyForSeizure", type);
        }
        flag(r, CRIMINAL_OFFENCE, "criminal_offence", p);
        required(r, EVENT_DATE, "event_date", p);
        LocalDate date = date(r, EVENT_DATE, "event_date", p);
        if (date != null && date.isAfter(today)) {
            p.add("event_date", "evidence.import.future", r[EVENT_DATE]);
        }
        jurisdiction(r[JURISDICTION], p);
        tooLong(r, AGENCY, "agency", 200, p);
        tooLong(r, MUNICIPALITY, "municipality", 200, p);
        required(r, CATEGORY, "category", p);
        if (r[CATEGORY] != null && !categories.contains(r[CATEGORY])) {
            p.add("category", "evidence.import.unknownCategory", r[CATEGORY]);
        }
        tooLong(r, MANUFACTURER, "manufacturer", 200, p);
        tooLong(r, COUNTRY, "country_of_manufacture", 100, p);
        tooLong(r, SERIAL, "serial_number", 100, p);
        if (r[SERIAL] != null && r[SERIAL].startsWith("#")) {
            p.add("serial_number", "evidence.import.serialHash", r[SERIAL]);
        }
        tooLong(r, MODEL, "model", 200, p);
        tooLong(r, CALIBRE, "calibre", 50, p);
        year(r[YEAR], p);
        tooLong(r, IMPORT_MARKING, "import_marking", 100, p);
        required(r, MARKING_STATUS, "marking_status", p);
        oneOf(r, MARKING_STATUS, "marking_status", MARKING, p);
        oneOf(r, CONVERSION, "conversion", CONVERSIONS, p);
        oneOf(r, LEGAL_STATUS, "legal_status", LEGAL, p);
        flag(r, ANTIQUE, "antique", p);
        oneOf(r, DISPOSITION, "disposition", DISPOSITIONS, p);
        boolean destroyed = "DESTROYED".equals(r[DISPOSITION]);
        if (destroyed && r[DESTROYED_ON] == null) {
            p.add("destroyed_on", "evidence.import.destroyedOnRequired");
        }
        if (!destroyed && r[DESTROYED_ON] != null) {
            p.add("destroyed_on", "evidence.import.destroyedOnWithoutDestruction");
        }
        LocalDate destroyedOn = date(r, DESTROYED_ON, "destroyed_on", p);
        if (destroyedOn != null && destroyedOn.isAfter(today)) {
            p.add("destroyed_on", "evidence.import.future", r[DESTROYED_ON]);
        }
        oneOf(r, TRACING_STATUS, "tracing_status", TRACING, p);
        if ("TRACING".equals(r[ORIGIN_METHOD]) && !"TRACED".equals(r[TRACING_STATUS])) {
            p.add("tracing_status", "evidence.import.tracingNotTraced");
        }
        flag(r, ORIGIN_ESTABLISHED, "origin_established", p);
        boolean established = "true".equals(r[ORIGIN_ESTABLISHED]);
        if (established && r[ORIGIN_METHOD] == null) {
            p.add("origin_method", "evidence.import.methodRequired");
        }
        if (!established && r[ORIGIN_METHOD] != null) {
            p.add("origin_method", "evidence.import.methodWithoutOrigin");
        }
        oneOf(r, ORIGIN_METHOD, "origin_method", METHODS, p);
        tooLong(r, POINT_OF_DIVERSION, "point_of_diversion", 500, p);
        tooLong(r, LAST_LEGAL_RECORD, "last_legal_record", 500, p);
        tooLong(r, ITEM_KEY, "item_key", 100, p);
        r[EVENT_KEY] = eventKey(r);
    }

    /**
     * The event's own columns of a normalised row as one text, equal for two rows exactly when every one of
     * those columns is: the values in {@link #EVENT_COLUMNS} order joined by {@code |}, a null as nothing (a
     * present value is never empty), each {@code \} written {@code \a} and each {@code |} written {@code \b}.
     * So whether the rows of an event disagree is one comparison of one column in SQL rather than twenty-four
     * aggregates, and the event's fields are read back from that text ({@link WeaponItemSql#FILE_EVENTS}).
     */
    static String eventKey(String[] r) {
        var key = new StringBuilder(64);
        for (int k = 0; k < EVENT_COLUMNS.length; k++) {
            if (k > 0) {
                key.append('|');
            }
            String v = r[EVENT_COLUMNS[k]];
            if (v == null) {
                continue;
            }
            if (v.indexOf('|') < 0 && v.indexOf('\\') < 0) {
                key.append(v);
                continue;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\\') {
                    key.append("\\a");
                } else if (c == '|') {
                    key.append("\\b");
                } else {
                    key.append(c);
                }
            }
        }
        return key.toString();
    }

    private void jurisdiction(String code, ImportSpec.Problems p) {
        if (code == null) {
            p.add("jurisdiction", "evidence.import.required");
            return;
        }
        String kind = jurisdictionKinds.get(code);
        if (kind == null) {
            p.add("jurisdiction", "evidence.import.unknownJurisdiction", code);
            return;
        }
        if (kind.equals("REGION")) {
            p.add("jurisdiction", "evidence.import.regionJurisdiction", code);
        }
        if (allowed != null && !allowed.contains(code)) {
            p.add("jurisdiction", "evidence.import.notYourJurisdiction", code);
        }
    }

    private void year(String year, ImportSpec.Problems p) {
        if (year == null) {
            return;
        }
        boolean fourDigits = year.length() == 4;
        for (int i = 0; fourDigits && i < 4; i++) {
            fourDigits = year.charAt(i) >= '0' && year.charAt(i) <= '9';
        }
        if (!fourDigits || Integer.parseInt(year) < 1300 || Integer.parseInt(year) > today.getYear()) {
            p.add("year_of_manufacture", "evidence.import.year", year, thisYear);
        }
    }

    private static void required(String[] r, int i, String column, ImportSpec.Problems p) {
        if (r[i] == null) {
            p.add(column, "evidence.import.required");
        }
    }

    private static void tooLong(String[] r, int i, String column, int max, ImportSpec.Problems p) {
        String v = r[i];
        if (v != null && v.length() > max && v.codePointCount(0, v.length()) > max) {
            p.add(column, "evidence.import.tooLong", String.valueOf(max));
        }
    }

    private static void oneOf(String[] r, int i, String column, List<String> allowed, ImportSpec.Problems p) {
        if (r[i] != null && !allowed.contains(r[i])) {
            p.add(column, "evidence.import.oneOf", r[i], String.join(", ", allowed));
        }
    }

    private static void flag(String[] r, int i, String column, ImportSpec.Problems p) {
        if (r[i] != null && !r[i].equals("true") && !r[i].equals("false")) {
            p.add(column, "evidence.import.boolean", r[i]);
        }
    }

    /** The date if the value is a real calendar date written YYYY-MM-DD (year from 1000); else reported. */
    private static LocalDate date(String[] r, int i, String column, ImportSpec.Problems p) {
        String v = r[i];
        if (v == null) {
            return null;
        }
        LocalDate date = parseDate(v);
        if (date == null) {
            p.add(column, "evidence.import.date", v);
        }
        return date;
    }

    static LocalDate parseDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(0) == '0') {
            return null;
        }
        for (int k : DATE_DIGITS) {
            if (v.charAt(k) < '0' || v.charAt(k) > '9') {
                return null;
            }
        }
        int year = Integer.parseInt(v, 0, 4, 10);
        int month = Integer.parseInt(v, 5, 7, 10);
        int day = Integer.parseInt(v, 8, 10, 10);
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
