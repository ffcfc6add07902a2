package org.roadmapmonitor.evidence.internal;

import java.util.List;
import org.roadmapmonitor.evidence.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Weapon items with their events, from the CSV contract of issue #10 (docs/evidence-import.md). Rows of one
 * {@code event_ref} form one event; an item is identified by its event and serial number, or by its file
 * line when it has none, so the same file imported twice updates rather than duplicates.
 */
@Component
class WeaponItemImport implements ImportSpec {
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
            "last_legal_record");

    private static final int CHUNK_ROWS = 250_000;

    private final JdbcClient jdbc;

    WeaponItemImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    public long validate(StagedFile file) {
        String rows = WeaponItemSql.normalised(file.table(), "true");
        long problems = jdbc.sql(WeaponItemSql.rowChecks(rows))
                .params(file.jobId(), allowed(file))
                .update();
        problems += jdbc.sql(WeaponItemSql.EVENT_DISAGREEMENTS.formatted(rows, rows, rows))
                .params(file.jobId())
                .update();
        problems += jdbc.sql(WeaponItemSql.DUPLICATE_SERIALS.formatted(rows, rows))
                .params(file.jobId())
                .update();
        return problems;
    }

    @Override
    public void merge(StagedFile file, Progress progress) {
        String all = WeaponItemSql.normalised(file.table(), "true");
        jdbc.sql("create temp table import_event (event_ref text primary key, event_id bigint not null) on commit drop")
                .update();
        jdbc.sql(WeaponItemSql.MERGE_EVENTS.formatted(all, all))
                .params(file.jobId(), file.actor(), file.demo())
                .update();
        jdbc.sql("analyze import_event").update();
        long pages = jdbc.sql("select greatest(1, pg_relation_size(?::regclass) / current_setting('block_size')::int)")
                .param(file.table())
                .query(Long.class)
                .single();
        long chunks = Math.max(1, (file.rows() + CHUNK_ROWS - 1) / CHUNK_ROWS);
        long step = (pages + chunks - 1) / chunks;
        long done = 0;
        for (long from = 0; from < pages; from += step) {
            String range = "s.ctid >= '(" + from + ",0)'::tid and s.ctid < '(" + (from + step) + ",0)'::tid";
            done += jdbc.sql(WeaponItemSql.MERGE_ITEMS.formatted(WeaponItemSql.normalised(file.table(), range)))
                    .params(file.jobId())
                    .update();
            progress.processed(done);
        }
    }

    private static String[] allowed(StagedFile file) {
        return file.allowedJurisdictions() == null
                ? null
                : file.allowedJurisdictions().toArray(String[]::new);
    }
}
