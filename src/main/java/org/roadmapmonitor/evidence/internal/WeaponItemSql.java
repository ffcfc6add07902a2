package org.roadmapmonitor.evidence.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of the weapon-item import, kept apart from the Java that runs it. Every check is one line of a
 * lateral list, so the whole staged file is validated in one scan; every problem is a message key with its
 * arguments, worded in the reader's language when it is shown.
 */
final class WeaponItemSql {
    private WeaponItemSql() {}

    /** The columns of the demo file, in its order. */
    static final String DEMO_HEADER = "event_ref,event_type,criminal_offence,event_date,jurisdiction,agency,category,"
            + "manufacturer,country_of_manufacture,serial_number,marking_status,legal_status,antique,tracing_status,"
            + "origin_established,origin_method";

    /** The staged rows trimmed, empty text as null, codes in capitals and flags in lower case. */
    static String normalised(String table, String where) {
        return """
                (select s.line_no,
                        nullif(btrim(s.event_ref), '') as event_ref,
                        upper(nullif(btrim(s.event_type), '')) as event_type,
                        lower(nullif(btrim(s.criminal_offence), '')) as criminal_offence,
                        nullif(btrim(s.event_date), '') as event_date,
                        upper(nullif(btrim(s.jurisdiction), '')) as jurisdiction,
                        nullif(btrim(s.agency), '') as agency,
                        nullif(btrim(s.municipality), '') as municipality,
                        upper(nullif(btrim(s.category), '')) as category,
                        nullif(btrim(s.manufacturer), '') as manufacturer,
                        nullif(btrim(s.country_of_manufacture), '') as country_of_manufacture,
                        nullif(btrim(s.serial_number), '') as serial_number,
                        nullif(btrim(s.model), '') as model,
                        nullif(btrim(s.calibre), '') as calibre,
                        nullif(btrim(s.year_of_manufacture), '') as year_of_manufacture,
                        nullif(btrim(s.import_marking), '') as import_marking,
                        upper(nullif(btrim(s.marking_status), '')) as marking_status,
                        upper(nullif(btrim(s.conversion), '')) as conversion,
                        upper(nullif(btrim(s.legal_status), '')) as legal_status,
                        lower(nullif(btrim(s.antique), '')) as antique,
                        upper(nullif(btrim(s.disposition), '')) as disposition,
                        nullif(btrim(s.destroyed_on), '') as destroyed_on,
                        upper(nullif(btrim(s.tracing_status), '')) as tracing_status,
                        lower(nullif(btrim(s.origin_established), '')) as origin_established,
                        upper(nullif(btrim(s.origin_method), '')) as origin_method,
                        nullif(btrim(s.point_of_diversion), '') as point_of_diversion,
                        nullif(btrim(s.last_legal_record), '') as last_legal_record
                 from %s s where %s)""".formatted(table, where);
    }

    /** One rule of a row: the column it is about, when it is broken, the message key and its arguments. */
    record Check(String column, String broken, String key, String args) {
        String value() {
            return "('" + column + "', " + broken + ", '" + key + "', " + (args == null ? "'{}'::text[]" : args) + ")";
        }
    }

    static final List<Check> ROW_RULES = List.of(
            new Check("event_ref", "n.event_ref is null", "evidence.import.required", null),
            new Check("event_ref", "length(n.event_ref) > 100", "evidence.import.tooLong", "array['100']"),
            new Check("event_type", "n.event_type is null", "evidence.import.required", null),
            new Check(
                    "event_type",
                    "n.event_type not in ('SEIZED', 'FOUND', 'SURRENDERED')",
                    "evidence.import.oneOf",
                    "array[n.event_type, 'SEIZED, FOUND, SURRENDERED']"),
            new Check(
                    "criminal_offence",
                    "n.event_type = 'SEIZED' and n.criminal_offence is null",
                    "evidence.import.requiredForSeizure",
                    null),
            new Check(
                    "criminal_offence",
                    "n.event_type in ('FOUND', 'SURRENDERED') and n.criminal_offence is not null",
                    "evidence.import.onlyForSeizure",
                    "array[n.event_type]"),
            new Check(
                    "criminal_offence",
                    "n.criminal_offence not in ('true', 'false')",
                    "evidence.import.boolean",
                    "array[n.criminal_offence]"),
            new Check("event_date", "n.event_date is null", "evidence.import.required", null),
            new Check(
                    "event_date", "not evidence_is_date(n.event_date)", "evidence.import.date", "array[n.event_date]"),
            new Check(
                    "event_date",
                    "case when evidence_is_date(n.event_date) then n.event_date::date > current_date end",
                    "evidence.import.future",
                    "array[n.event_date]"),
            new Check("jurisdiction", "n.jurisdiction is null", "evidence.import.required", null),
            new Check(
                    "jurisdiction",
                    "n.jurisdiction is not null and n.known_jurisdiction is null",
                    "evidence.import.unknownJurisdiction",
                    "array[n.jurisdiction]"),
            new Check(
                    "jurisdiction",
                    "n.jurisdiction_kind = 'REGION'",
                    "evidence.import.regionJurisdiction",
                    "array[n.jurisdiction]"),
            new Check(
                    "jurisdiction",
                    "n.known_jurisdiction is not null and n.allowed is not null and not (n.known_jurisdiction = any(n.allowed))",
                    "evidence.import.notYourJurisdiction",
                    "array[n.jurisdiction]"),
            new Check("agency", "length(n.agency) > 200", "evidence.import.tooLong", "array['200']"),
            new Check("municipality", "length(n.municipality) > 200", "evidence.import.tooLong", "array['200']"),
            new Check("category", "n.category is null", "evidence.import.required", null),
            new Check(
                    "category",
                    "n.category is not null and n.known_category is null",
                    "evidence.import.unknownCategory",
                    "array[n.category]"),
            new Check("manufacturer", "length(n.manufacturer) > 200", "evidence.import.tooLong", "array['200']"),
            new Check(
                    "country_of_manufacture",
                    "length(n.country_of_manufacture) > 100",
                    "evidence.import.tooLong",
                    "array['100']"),
            new Check("serial_number", "length(n.serial_number) > 100", "evidence.import.tooLong", "array['100']"),
            new Check(
                    "serial_number",
                    "n.serial_number like '#%'",
                    "evidence.import.serialHash",
                    "array[n.serial_number]"),
            new Check("model", "length(n.model) > 200", "evidence.import.tooLong", "array['200']"),
            new Check("calibre", "length(n.calibre) > 50", "evidence.import.tooLong", "array['50']"),
            new Check(
                    "year_of_manufacture",
                    "case when n.year_of_manufacture ~ '^[0-9]{4}$' then n.year_of_manufacture::int not between 1300 and extract(year from current_date) else n.year_of_manufacture is not null end",
                    "evidence.import.year",
                    "array[n.year_of_manufacture, extract(year from current_date)::text]"),
            new Check("import_marking", "length(n.import_marking) > 100", "evidence.import.tooLong", "array['100']"),
            new Check("marking_status", "n.marking_status is null", "evidence.import.required", null),
            new Check(
                    "marking_status",
                    "n.marking_status not in ('UNIQUELY_MARKED', 'UNMARKED', 'ALTERED')",
                    "evidence.import.oneOf",
                    "array[n.marking_status, 'UNIQUELY_MARKED, UNMARKED, ALTERED']"),
            new Check(
                    "conversion",
                    "n.conversion not in ('NONE', 'CONVERTED', 'GAS_ALARM')",
                    "evidence.import.oneOf",
                    "array[n.conversion, 'NONE, CONVERTED, GAS_ALARM']"),
            new Check(
                    "legal_status",
                    "n.legal_status not in ('ILLEGAL_POSSESSION', 'LEGALLY_HELD', 'UNKNOWN')",
                    "evidence.import.oneOf",
                    "array[n.legal_status, 'ILLEGAL_POSSESSION, LEGALLY_HELD, UNKNOWN']"),
            new Check("antique", "n.antique not in ('true', 'false')", "evidence.import.boolean", "array[n.antique]"),
            new Check(
                    "disposition",
                    "n.disposition not in ('STORED', 'DESTROYED', 'RETURNED')",
                    "evidence.import.oneOf",
                    "array[n.disposition, 'STORED, DESTROYED, RETURNED']"),
            new Check(
                    "destroyed_on",
                    "n.disposition = 'DESTROYED' and n.destroyed_on is null",
                    "evidence.import.destroyedOnRequired",
                    null),
            new Check(
                    "destroyed_on",
                    "coalesce(n.disposition, 'STORED') <> 'DESTROYED' and n.destroyed_on is not null",
                    "evidence.import.destroyedOnWithoutDestruction",
                    null),
            new Check(
                    "destroyed_on",
                    "not evidence_is_date(n.destroyed_on)",
                    "evidence.import.date",
                    "array[n.destroyed_on]"),
            new Check(
                    "tracing_status",
                    "n.tracing_status not in ('TRACED', 'PENDING', 'INSUFFICIENT_INFORMATION', 'NOT_ATTEMPTED')",
                    "evidence.import.oneOf",
                    "array[n.tracing_status, 'TRACED, PENDING, INSUFFICIENT_INFORMATION, NOT_ATTEMPTED']"),
            new Check(
                    "tracing_status",
                    "n.origin_method = 'TRACING' and coalesce(n.tracing_status, 'NOT_ATTEMPTED') <> 'TRACED'",
                    "evidence.import.tracingNotTraced",
                    null),
            new Check(
                    "origin_established",
                    "n.origin_established not in ('true', 'false')",
                    "evidence.import.boolean",
                    "array[n.origin_established]"),
            new Check(
                    "origin_method",
                    "n.origin_established = 'true' and n.origin_method is null",
                    "evidence.import.methodRequired",
                    null),
            new Check(
                    "origin_method",
                    "coalesce(n.origin_established, 'false') <> 'true' and n.origin_method is not null",
                    "evidence.import.methodWithoutOrigin",
                    null),
            new Check(
                    "origin_method",
                    "n.origin_method not in ('TRACING', 'COMPETENT_AUTHORITY')",
                    "evidence.import.oneOf",
                    "array[n.origin_method, 'TRACING, COMPETENT_AUTHORITY']"),
            new Check(
                    "point_of_diversion",
                    "length(n.point_of_diversion) > 500",
                    "evidence.import.tooLong",
                    "array['500']"),
            new Check(
                    "last_legal_record",
                    "length(n.last_legal_record) > 500",
                    "evidence.import.tooLong",
                    "array['500']"));

    /**
     * Every broken rule of every row, in one scan. Rows that break none are let through by one cheap
     * predicate, so the list of checks is only built for the rows that have a problem. Parameters: job id,
     * allowed jurisdictions (text[] or null).
     */
    static String rowChecks(String rows) {
        String anyBroken = ROW_RULES.stream()
                .map(c -> "coalesce(" + c.broken() + ", false)")
                .collect(Collectors.joining("\n or "));
        String values = ROW_RULES.stream().map(Check::value).collect(Collectors.joining(",\n"));
        return """
                insert into evidence_import_error (job_id, line_no, column_name, message_key, args)
                select ?, n.line_no + 1, c.col, c.msg, c.args
                from (select n.*, cast(? as text[]) as allowed, j.code as known_jurisdiction, j.kind as jurisdiction_kind, wc.code as known_category
                      from %s n
                      left join jurisdiction j on j.code = n.jurisdiction
                      left join weapon_category wc on wc.code = n.category) n
                cross join lateral (values %s) c(col, bad, msg, args)
                where (%s) and c.bad
                limit 100000""".formatted(rows, values, anyBroken);
    }

    /** Rows of one event that disagree with its first row on the event's own fields. Parameter: job id. */
    static final String EVENT_DISAGREEMENTS = """
            insert into evidence_import_error (job_id, line_no, column_name, message_key, args)
            select ?, n.line_no + 1, c.col, 'evidence.import.eventDisagrees',
                   array[coalesce(c.val, ''), (f.line_no + 1)::text, coalesce(c.first_val, ''), n.event_ref]
            from (select event_ref, min(line_no) as first_line
                  from %s g where event_ref is not null
                  group by event_ref
                  having count(distinct (event_type, criminal_offence, event_date, jurisdiction, agency,
                                         municipality)) > 1) d
            join %s n on n.event_ref = d.event_ref and n.line_no <> d.first_line
            join %s f on f.line_no = d.first_line
            cross join lateral (values
              ('event_type', n.event_type, f.event_type),
              ('criminal_offence', n.criminal_offence, f.criminal_offence),
              ('event_date', n.event_date, f.event_date),
              ('jurisdiction', n.jurisdiction, f.jurisdiction),
              ('agency', n.agency, f.agency),
              ('municipality', n.municipality, f.municipality)
            ) c(col, val, first_val)
            where c.val is distinct from c.first_val
            limit 100000""";

    /** A serial number given twice for one event. Parameter: job id. */
    static final String DUPLICATE_SERIALS = """
            insert into evidence_import_error (job_id, line_no, column_name, message_key, args)
            select ?, n.line_no + 1, 'serial_number', 'evidence.import.duplicateItem',
                   array[n.serial_number, n.event_ref, (d.first_line + 1)::text]
            from (select event_ref, serial_number, min(line_no) as first_line
                  from %s g where serial_number is not null and event_ref is not null
                  group by event_ref, serial_number having count(*) > 1) d
            join %s n on n.event_ref = d.event_ref and n.serial_number = d.serial_number
                     and n.line_no <> d.first_line
            limit 100000""";

    /** One event per event_ref, from its first row. Parameters: job id, actor, demo. */
    static final String MERGE_EVENTS = """
            with first_rows as (
                select * from %s f
                where f.line_no in (select min(g.line_no) from %s g group by g.event_ref)),
            merged as (
                insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date,
                                        agency, municipality, import_job_id, updated_at, updated_by, demo)
                select jurisdiction, event_ref, event_type, criminal_offence::boolean, event_date::date, agency,
                       municipality, ?, now(), ?, ?
                from first_rows
                on conflict (jurisdiction_code, event_ref) do update set
                    event_type = excluded.event_type, criminal_offence = excluded.criminal_offence,
                    event_date = excluded.event_date, agency = excluded.agency,
                    municipality = coalesce(excluded.municipality, arms_event.municipality),
                    import_job_id = excluded.import_job_id, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                returning id, event_ref)
            insert into import_event (event_ref, event_id) select event_ref, id from merged""";

    /** The items of one range of staged rows. Parameter: job id. */
    static final String MERGE_ITEMS = """
            insert into weapon_item (event_id, item_key, category, manufacturer, country_of_manufacture,
                                     serial_number, model, calibre, year_of_manufacture, import_marking,
                                     marking_status, conversion, antique, legal_status, disposition, destroyed_on,
                                     tracing_status, origin_established, origin_method, point_of_diversion,
                                     last_legal_record, import_job_id)
            select e.event_id, coalesce(n.serial_number, '#' || (n.line_no + 1)), n.category, n.manufacturer,
                   n.country_of_manufacture, n.serial_number, n.model, n.calibre, n.year_of_manufacture::smallint,
                   n.import_marking, n.marking_status, coalesce(n.conversion, 'NONE'),
                   coalesce(n.antique, 'false')::boolean, n.legal_status, coalesce(n.disposition, 'STORED'),
                   n.destroyed_on::date, coalesce(n.tracing_status, 'NOT_ATTEMPTED'),
                   coalesce(n.origin_established, 'false')::boolean, n.origin_method, n.point_of_diversion,
                   n.last_legal_record, ?
            from %s n
            join import_event e on e.event_ref = n.event_ref
            on conflict (event_id, item_key) do update set
                category = excluded.category, manufacturer = excluded.manufacturer,
                country_of_manufacture = excluded.country_of_manufacture, model = excluded.model,
                calibre = excluded.calibre, year_of_manufacture = excluded.year_of_manufacture,
                import_marking = excluded.import_marking, marking_status = excluded.marking_status,
                conversion = excluded.conversion, antique = excluded.antique, legal_status = excluded.legal_status,
                disposition = excluded.disposition, destroyed_on = excluded.destroyed_on,
                tracing_status = excluded.tracing_status, origin_established = excluded.origin_established,
                origin_method = excluded.origin_method, point_of_diversion = excluded.point_of_diversion,
                last_legal_record = excluded.last_legal_record, import_job_id = excluded.import_job_id""";
}
