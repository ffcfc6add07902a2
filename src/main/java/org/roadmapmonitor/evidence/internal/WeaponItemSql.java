package org.roadmapmonitor.evidence.internal;

/**
 * The SQL of the weapon-item import, kept apart from the Java that runs it. The staged rows are already
 * checked one by one and normalised (see {@link WeaponItemRows}); what is left for SQL is what needs the
 * whole file — rows of one event that disagree, a serial number given twice — and the merge. Each reads the
 * staging table once, grouped with hash aggregates, and never probes per row.
 */
final class WeaponItemSql {
    private WeaponItemSql() {}

    /** The columns of the demo file, in its order. */
    static final String DEMO_HEADER = "event_ref,event_type,criminal_offence,event_date,jurisdiction,agency,category,"
            + "manufacturer,country_of_manufacture,serial_number,marking_status,legal_status,antique,tracing_status,"
            + "origin_established,origin_method";

    /**
     * One row per event of the file — its jurisdiction and reference, as events are unique per jurisdiction —
     * in one scan: its first line, whether any of its rows disagree, whether any of its rows names a stored
     * {@code #} key ({@code item_key}, as an export writes it), and its own fields. Each staged row carries the
     * event's fields as one text ({@code event_key}, see {@link WeaponItemRows#eventKey}), compared byte-wise
     * ({@code collate "C"}); when no row disagrees that text is the same on every row, and the fields are read
     * back from it (a second scan to fetch the first row's columns would cost as much as the aggregate). Kept for
     * the merge, in the same transaction.
     */
    static final String FILE_EVENTS = """
            create temp table file_event on commit drop as
            select event_ref, jurisdiction, first_line, disagrees, line_keys,
                   nullif(split_part(k, '|', 1), '') as event_type, nullif(split_part(k, '|', 2), '') as criminal_offence,
                   nullif(split_part(k, '|', 3), '') as event_date,
                   nullif(replace(replace(split_part(k, '|', 5), '\\b', '|'), '\\a', '\\'), '') as agency,
                   nullif(replace(replace(split_part(k, '|', 6), '\\b', '|'), '\\a', '\\'), '') as municipality
            from (select event_ref, jurisdiction, min(line_no) as first_line, min(event_key collate "C") as k,
                         min(event_key collate "C") <> max(event_key collate "C") as disagrees,
                         coalesce(bool_or(item_key like '#%%'), false) as line_keys
                  from %s where event_ref is not null
                  group by jurisdiction, event_ref) g""";

    /**
     * The stored {@code #} keys the file names ({@code item_key}) per event, with the first line naming each, so
     * that a new row of the event keyed by its line does not take the key of another weapon (see {@link #key}).
     */
    static final String FILE_KEYS = """
            create temp table file_key on commit drop as
            select jurisdiction, event_ref, item_key, min(line_no) + 1 as line
            from %s where item_key like '#%%' and event_ref is not null
            group by jurisdiction, event_ref, item_key""";

    /**
     * The key of a staged row {@code n}: its {@code item_key}, else its serial number, else {@code #<line>} — or,
     * when another row of the same event names {@code #<line>} as the stored key of a weapon (an exported file
     * with rows added), {@code #<line>.<the line naming it>}: the same for the same file every time, and never that
     * other weapon's. {@code withFileKeys}: the query joins {@code file_key k} (else no row of the file names a
     * {@code #} key).
     */
    static String key(boolean withFileKeys) {
        return withFileKeys
                ? "coalesce(n.item_key, n.serial_number, '#' || (n.line_no + 1) || coalesce('.' || k.line, ''))"
                : "coalesce(n.item_key, n.serial_number, '#' || (n.line_no + 1))";
    }

    /** Joins the {@code #} key that a row keyed by its line would take from another weapon of its event. */
    private static final String FILE_KEY_JOIN = """
            left join file_key k on n.item_key is null and n.serial_number is null
                                and k.jurisdiction = n.jurisdiction and k.event_ref = n.event_ref
                                and k.item_key = '#' || (n.line_no + 1)""";

    /** Rows of an event that disagree with its first row on the event's own fields. Parameter: job id. */
    static final String EVENT_DISAGREEMENTS = """
            insert into evidence_import_error (job_id, line_no, column_name, message_key, args)
            select ?, n.line_no + 1, c.col, 'evidence.import.eventDisagrees',
                   array[coalesce(c.val, ''), (f.line_no + 1)::text, coalesce(c.first_val, ''), n.event_ref]
            from file_event d
            join %s n on n.event_ref = d.event_ref and n.jurisdiction = d.jurisdiction and n.line_no <> d.first_line
            join %s f on f.line_no = d.first_line
            cross join lateral (values
              ('event_type', n.event_type, f.event_type),
              ('criminal_offence', n.criminal_offence, f.criminal_offence),
              ('event_date', n.event_date, f.event_date),
              ('agency', n.agency, f.agency),
              ('municipality', n.municipality, f.municipality)
            ) c(col, val, first_val)
            where d.disagrees and c.val is distinct from c.first_val
            limit 100000""";

    /**
     * An item (its key: see {@link #key}) given twice for one event. Parameter: job id. {@code withFileKeys}:
     * {@code file_key} exists, and rows keyed by their line are compared too.
     */
    static String duplicateItems(String table, boolean withFileKeys) {
        String key = key(withFileKeys);
        String join = withFileKeys ? FILE_KEY_JOIN : "";
        String keyed = withFileKeys ? "" : " and coalesce(n.item_key, n.serial_number) is not null";
        return """
                insert into evidence_import_error (job_id, line_no, column_name, message_key, args)
                select ?, n.line_no + 1, case when n.item_key is null then 'serial_number' else 'item_key' end,
                       'evidence.import.duplicateItem', array[n.item, n.event_ref, (d.first_line + 1)::text]
                from (select n.jurisdiction, n.event_ref, %1$s as item, min(n.line_no) as first_line
                      from %2$s n %3$s where n.event_ref is not null%4$s
                      group by n.jurisdiction, n.event_ref, %1$s having count(*) > 1) d
                join (select n.line_no, n.jurisdiction, n.event_ref, n.item_key, %1$s as item from %2$s n %3$s
                      where n.event_ref is not null%4$s) n
                  on n.jurisdiction = d.jurisdiction and n.event_ref = d.event_ref and n.item = d.item
                 and n.line_no <> d.first_line
                limit 100000""".formatted(key, table, join, keyed);
    }

    /**
     * Events of the file that exist already (an earlier import of the same events) are updated in place and
     * noted. Parameters: job id, actor.
     */
    static final String UPDATE_EVENTS = """
            with updated as (
                update arms_event a set
                    event_type = f.event_type, criminal_offence = f.criminal_offence::boolean,
                    event_date = f.event_date::date, agency = f.agency,
                    municipality = coalesce(f.municipality, a.municipality), import_job_id = ?, updated_at = now(),
                    updated_by = ?, revision = a.revision + 1
                from file_event f
                where a.jurisdiction_code = f.jurisdiction and a.event_ref = f.event_ref
                returning a.id, a.jurisdiction_code, a.event_ref)
            insert into import_event (jurisdiction, event_ref, event_id, fresh)
            select jurisdiction_code, event_ref, id, false from updated""";

    /**
     * The file's other events are new: a plain INSERT … SELECT in file order (so their ids, and the items'
     * keys, grow with the file and their index pages are appended to), no conflict probe. Parameters: job id,
     * actor, demo.
     */
    static final String INSERT_EVENTS = """
            with inserted as (
                insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date,
                                        agency, municipality, import_job_id, updated_at, updated_by, demo)
                select f.jurisdiction, f.event_ref, f.event_type, f.criminal_offence::boolean, f.event_date::date,
                       f.agency, f.municipality, ?, now(), ?, ?
                from file_event f
                where not exists (select 1 from import_event i
                                  where i.event_ref = f.event_ref and i.jurisdiction = f.jurisdiction)
                order by f.first_line
                returning id, jurisdiction_code, event_ref)
            insert into import_event (jurisdiction, event_ref, event_id, fresh)
            select jurisdiction_code, event_ref, id, true from inserted""";

    /**
     * The items of one range of staged rows ({@code range}, a condition on {@code n}): those of new events with
     * a plain insert (nothing to conflict with), those of events that existed added or updated. Parameter: job
     * id.
     */
    static String items(String table, boolean newEvents, String range, boolean withFileKeys) {
        return ITEMS.formatted(
                key(withFileKeys),
                table,
                newEvents ? "e.fresh" : "not e.fresh",
                withFileKeys ? FILE_KEY_JOIN : "",
                range,
                newEvents ? "" : ITEM_UPDATE);
    }

    /** A weapon a destruction lists keeps its disposition and date from it, whatever the file says. */
    private static final String ITEM_UPDATE = """
            on conflict (event_id, item_key) do update set
                category = excluded.category, manufacturer = excluded.manufacturer,
                country_of_manufacture = excluded.country_of_manufacture, model = excluded.model,
                calibre = excluded.calibre, year_of_manufacture = excluded.year_of_manufacture,
                import_marking = excluded.import_marking, marking_status = excluded.marking_status,
                conversion = excluded.conversion, antique = excluded.antique, legal_status = excluded.legal_status,
                disposition = case when exists (select 1 from destruction_item di
                                                where di.weapon_item_id = weapon_item.id)
                                   then weapon_item.disposition else excluded.disposition end,
                destroyed_on = case when exists (select 1 from destruction_item di
                                                 where di.weapon_item_id = weapon_item.id)
                                    then weapon_item.destroyed_on else excluded.destroyed_on end,
                tracing_status = excluded.tracing_status, origin_established = excluded.origin_established,
                origin_method = excluded.origin_method, point_of_diversion = excluded.point_of_diversion,
                last_legal_record = excluded.last_legal_record, import_job_id = excluded.import_job_id,
                revision = weapon_item.revision + 1""";

    /** Items of staged rows joined to their events: which events, then what to do on a conflict. */
    private static final String ITEMS = """
            insert into weapon_item (event_id, item_key, category, manufacturer, country_of_manufacture,
                                     serial_number, model, calibre, year_of_manufacture, import_marking,
                                     marking_status, conversion, antique, legal_status, disposition, destroyed_on,
                                     tracing_status, origin_established, origin_method, point_of_diversion,
                                     last_legal_record, import_job_id)
            select e.event_id, %s, n.category, n.manufacturer,
                   n.country_of_manufacture, n.serial_number, n.model, n.calibre, n.year_of_manufacture::smallint,
                   n.import_marking, n.marking_status, coalesce(n.conversion, 'NONE'),
                   coalesce(n.antique, 'false')::boolean, n.legal_status, coalesce(n.disposition, 'STORED'),
                   n.destroyed_on::date, coalesce(n.tracing_status, 'NOT_ATTEMPTED'),
                   coalesce(n.origin_established, 'false')::boolean, n.origin_method, n.point_of_diversion,
                   n.last_legal_record, ?
            from %s n
            join import_event e on e.event_ref = n.event_ref and e.jurisdiction = n.jurisdiction and %s
            %s
            where %s
            %s""";
}
