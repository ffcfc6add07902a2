package org.roadmapmonitor.evidence.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.roadmapmonitor.evidence.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Weapon items with their events, from the CSV contract of issue #10 (docs/evidence-import.md). Rows of one
 * {@code event_ref} in one jurisdiction form one event (events are unique per jurisdiction, so a file exported
 * across jurisdictions that reuse a reference imports as it is); an item is identified by its event and serial number, or by its file
 * line when it has none, so the same file imported twice updates rather than duplicates.
 */
@Component
class WeaponItemImport implements ImportSpec {
    private static final Logger log = LoggerFactory.getLogger(WeaponItemImport.class);
    static final List<String> COLUMNS = List.of(
            "event_ref",
            "event_type",
            "criminal_offence",
            "event_date",
            "jurisdiction",
            "agency",
            "municipality",
            "category",
            "manufacturer",
            "country_of_manufacture",
            "serial_number",
            "model",
            "calibre",
            "year_of_manufacture",
            "import_marking",
            "marking_status",
            "conversion",
            "legal_status",
            "antique",
            "disposition",
            "destroyed_on",
            "tracing_status",
            "origin_established",
            "origin_method",
            "point_of_diversion",
            "last_legal_record",
            // The stored key of an item whose key is not its serial number (an export gives it, so that a
            // file exported and imported again updates those items instead of keying them by line).
            "item_key");

    private static final int CHUNK_ROWS = 250_000;
    private static final String SQLSTATE_UNIQUE = "23505";
    private static final String SQLSTATE_TWICE = "21000";
    /** Each chunk hashes every event of the file again: a large file goes in a few large chunks, not many. */
    private static final int MAX_CHUNKS = 8;

    private final JdbcClient jdbc;
    private final Clock clock;

    WeaponItemImport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.WEAPON_ITEMS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("event_ref", "event_type", "event_date", "jurisdiction", "category", "marking_status");
    }

    @Override
    public List<String> derivedColumns() {
        return List.of("event_key");
    }

    @Override
    public ImportSpec.RowCheck rowCheck(List<String> allowedJurisdictions) {
        var kinds = new HashMap<String, String>();
        jdbc.sql("select code, kind from jurisdiction")
                .query((rs, n) -> kinds.put(rs.getString(1), rs.getString(2)))
                .list();
        Set<String> categories = Set.copyOf(
                jdbc.sql("select code from weapon_category").query(String.class).list());
        return new WeaponItemRows(
                kinds,
                categories,
                allowedJurisdictions == null ? null : Set.copyOf(allowedJurisdictions),
                LocalDate.now(clock));
    }

    /**
     * The rows were checked one by one as the file was staged (their problems are the job's
     * {@code error_count}); here the checks that need the whole file, each one scan of the staging table.
     */
    @Override
    public long validate(StagedFile file) {
        jdbc.sql("set local work_mem = '256MB'").update();
        long problems = jdbc.sql("select error_count from evidence_import_job where id = ?")
                .param(file.jobId())
                .query(Long.class)
                .single();
        long t0 = System.nanoTime();
        jdbc.sql(WeaponItemSql.FILE_EVENTS.formatted(file.table())).update();
        if (lineKeys()) {
            jdbc.sql(WeaponItemSql.FILE_KEYS.formatted(file.table())).update();
        }
        long t1 = System.nanoTime();
        if (jdbc.sql("select exists (select 1 from file_event where disagrees)")
                .query(Boolean.class)
                .single()) {
            problems += jdbc.sql(WeaponItemSql.EVENT_DISAGREEMENTS.formatted(file.table(), file.table()))
                    .param(file.jobId())
                    .update();
        }
        long t2 = System.nanoTime();
        if (problems > 0) {
            // The file fails anyway: list its serial numbers given twice with the rest. A valid file's are
            // found by the unique key of the weapons as they are merged (see merge), without this scan.
            problems += duplicateSerials(file);
        }
        log.info(
                "Import job {} checked: the file's events {} ms, disagreements {} ms, serial numbers twice {} ms",
                file.jobId(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        return problems;
    }

    private long duplicateSerials(StagedFile file) {
        return jdbc.sql(WeaponItemSql.duplicateItems(file.table(), lineKeys()))
                .param(file.jobId())
                .update();
    }

    /** Whether a row of the file names a stored {@code #} key (then {@code file_key} lists them). */
    private boolean lineKeys() {
        return jdbc.sql("select exists (select 1 from file_event where line_keys)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Events, then weapons. A serial number given twice for one event breaks the weapons' unique key
     * {@code (event_id, item_key)} (a row without a serial number has its own line as key, and a serial number
     * may not start with {@code #}): the merge is then rolled back to its savepoint and the detailed check lists
     * every such row, so a valid file is never scanned for them.
     */
    @Override
    public long merge(StagedFile file, Progress progress) {
        jdbc.sql("savepoint weapon_item_merge").update();
        try {
            insert(file, progress);
        } catch (DataAccessException e) {
            // 23505: a weapon of a new event twice; 21000: "ON CONFLICT DO UPDATE cannot affect row a second
            // time", the same for an event that existed.
            if (!(e.getMostSpecificCause() instanceof SQLException sql)
                    || !(SQLSTATE_UNIQUE.equals(sql.getSQLState()) || SQLSTATE_TWICE.equals(sql.getSQLState()))) {
                throw e;
            }
            jdbc.sql("rollback to savepoint weapon_item_merge").update();
            long found = duplicateSerials(file);
            if (found == 0) {
                throw e;
            }
            progress.processed(0);
            return found;
        }
        jdbc.sql("release savepoint weapon_item_merge").update();
        return 0;
    }

    private void insert(StagedFile file, Progress progress) {
        long t0 = System.nanoTime();
        jdbc.sql("analyze file_event").update();
        jdbc.sql("create temp table import_event (jurisdiction text, event_ref text, event_id bigint not null,"
                        + " fresh boolean not null) on commit drop")
                .update();
        boolean lineKeys = lineKeys();
        long existing = jdbc.sql(WeaponItemSql.UPDATE_EVENTS)
                .params(file.jobId(), file.actor())
                .update();
        jdbc.sql(WeaponItemSql.INSERT_EVENTS)
                .params(file.jobId(), file.actor(), file.demo())
                .update();
        jdbc.sql("analyze import_event").update();
        long t1 = System.nanoTime();
        long pages = jdbc.sql("select greatest(1, pg_relation_size(?::regclass) / current_setting('block_size')::int)")
                .param(file.table())
                .query(Long.class)
                .single();
        long chunks = Math.min(MAX_CHUNKS, Math.max(1, (file.rows() + CHUNK_ROWS - 1) / CHUNK_ROWS));
        long step = (pages + chunks - 1) / chunks;
        long done = 0;
        for (long from = 0; from < pages; from += step) {
            String range = "n.ctid >= '(" + from + ",0)'::tid and n.ctid < '(" + (from + step) + ",0)'::tid";
            done += jdbc.sql(WeaponItemSql.items(file.table(), true, range, lineKeys))
                    .param(file.jobId())
                    .update();
            if (existing > 0) {
                done += jdbc.sql(WeaponItemSql.items(file.table(), false, range, lineKeys))
                        .param(file.jobId())
                        .update();
            }
            progress.processed(done);
        }
        log.info(
                "Import job {} merged: events {} ms, {} weapons in {} chunks {} ms",
                file.jobId(),
                (t1 - t0) / 1_000_000,
                done,
                chunks,
                (System.nanoTime() - t1) / 1_000_000);
    }
}
