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
     * One row per event of the file, in one scan of two columns: its first line, whether any of its rows
     * disagree, and its own fields. Each staged row carries the event's fields as one text ({@code event_key},
     * see {@link WeaponItemRows#eventKey}), compared byte-wise ({@code collate "C"}); when no row disagrees
     * that text is the same on every row, and the fields are read back from it (a second scan to fetch the
     * first row's columns would cost as much as the aggregate). Kept for the merge, in the same transaction.
     */
    static final String FILE_EVENTS = """
            create temp table file_event on commit drop as
            select event_ref, first_line, disagrees,
                   nullif(split_part(k, '|', 1), '') as event_type, nullif(split_part(k, '|', 2), '') as criminal_offence,
                   nullif(split_part(k, '|', 3), '') as event_date, nullif(split_part(k, '|', 4), '') as jurisdiction,
                   nullif(replace(replace(split_part(k, '|', 5), '\\b', '|'), '\\a', '\\'), '') as agency,
                   nullif(replace(replace(split_part(k, '|', 6), '\\b', '|'), '\\a', '\\'), '') as municipality
            from (select event_ref, min(line_no) as first_line, min(event_key collate "C") as k,
                         min(event_key collate "C") <> max(event_key collate "C") as disagrees
                  from %s where event_ref is not null
                  group by event_ref) g""";

    /** Rows of an event that disagree with its first row on the event's own fields. Parameter: job id. */
    static final String EVENT_DISAGREEMENTS = """
            insert into evidence_import_error (job_id, line_no, column_name, message_key, args)
            select ?, n.line_no + 1, c.col, 'evidence.import.eventDisagrees',
                   array[coalesce(c.val, ''), (f.line_no + 1)::text, coalesce(c.first_val, ''), n.event_ref]
            from file_event d
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
            where d.disagrees and c.val is distinct from c.first_val
            limit 100000""";

    /** An item (its item key, else its serial number) given twice for one event. Parameter: job id. */
    static final String DUPLICATE_SERIALS = """
            insert into evidence_import_error (job_id, line_no, column_name, message_key, args)
            select ?, n.line_no + 1, case when n.item_key is null then 'serial_number' else 'item_key' end,
                   'evidence.import.duplicateItem',
                   array[coalesce(n.item_key, n.serial_number), n.event_ref, (d.first_line + 1)::text]
            from (select event_ref, coalesce(item_key, serial_number) as item, min(line_no) as first_line
                  from %s g where coalesce(item_key, serial_number) is not null and event_ref is not null
                  group by event_ref, coalesce(item_key, serial_number) having count(*) > 1) d
            join %s n on n.event_ref = d.event_ref and coalesce(n.item_key, n.serial_number) = d.item
                     and n.line_no <> d.first_line
            limit 100000""";

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
                    updated_by = ?
                from file_event f
                where a.jurisdiction_code = f.jurisdiction and a.event_ref = f.event_ref
                returning a.id, a.event_ref)
            insert into import_event (event_ref, event_id, fresh) select event_ref, id, false from updated""";

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
                where not exists (select 1 from import_event i where i.event_ref = f.event_ref)
                order by f.first_line
                returning id, event_ref)
            insert into import_event (event_ref, event_id, fresh) select event_ref, id, true from inserted""";

    /**
     * The items of one range of staged rows ({@code range}, a condition on {@code n}): those of new events with
     * a plain insert (nothing to conflict with), those of events that existed added or updated. Parameter: job
     * id.
     */
    static String items(String table, boolean newEvents, String range) {
        return ITEMS.formatted(table, newEvents ? "e.fresh" : "not e.fresh", range, newEvents ? "" : ITEM_UPDATE);
    }

    private static final String ITEM_UPDATE = """
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

    /** Items of staged rows joined to their events: which events, then what to do on a conflict. */
    private static final String ITEMS = """
            insert into weapon_item (event_id, item_key, category, manufacturer, country_of_manufacture,
                                     serial_number, model, calibre, year_of_manufacture, import_marking,
                                     marking_status, conversion, antique, legal_status, disposition, destroyed_on,
                                     tracing_status, origin_established, origin_method, point_of_diversion,
                                     last_legal_record, import_job_id)
            select e.event_id, coalesce(n.item_key, n.serial_number, '#' || (n.line_no + 1)), n.category, n.manufacturer,
                   n.country_of_manufacture, n.serial_number, n.model, n.calibre, n.year_of_manufacture::smallint,
                   n.import_marking, n.marking_status, coalesce(n.conversion, 'NONE'),
                   coalesce(n.antique, 'false')::boolean, n.legal_status, coalesce(n.disposition, 'STORED'),
                   n.destroyed_on::date, coalesce(n.tracing_status, 'NOT_ATTEMPTED'),
                   coalesce(n.origin_established, 'false')::boolean, n.origin_method, n.point_of_diversion,
                   n.last_legal_record, ?
            from %s n
            join import_event e on e.event_ref = n.event_ref and %s
            where %s
            %s""";
}
