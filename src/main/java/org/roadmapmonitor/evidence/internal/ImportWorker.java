package org.roadmapmonitor.evidence.internal;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.roadmapmonitor.evidence.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs in the background, one at a time per node. Any node claims a queued job with
 * {@code FOR UPDATE SKIP LOCKED}; the node beats on the job's row while it works; a running job whose node
 * stopped beating (it crashed, and its transaction died with it) is queued again and resumed from its staging
 * table, up to three attempts. Validation and merge happen in one transaction: a job stores all or nothing.
 */
@Component
public class ImportWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    static final int MAX_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Map<RecordType, ImportSpec> specs;
    private final long staleSeconds;
    private final String node = "node-" + UUID.randomUUID();
    private ScheduledExecutorService worker;
    private ScheduledExecutorService heart;

    ImportWorker(
            JdbcClient jdbc,
            DataSource dataSource,
            TransactionTemplate transactions,
            List<ImportSpec> specs,
            @Value("${roadmap.evidence.import.stale-seconds:60}") long staleSeconds) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.specs = specs.stream().collect(Collectors.toMap(ImportSpec::type, Function.identity()));
        this.staleSeconds = staleSeconds;
    }

    public ImportSpec spec(RecordType type) {
        return specs.get(type);
    }

    /** Record types that can be imported today. */
    public List<RecordType> importable() {
        return Arrays.stream(RecordType.values()).filter(specs::containsKey).toList();
    }

    /** Looks for work now rather than at the next poll (after a file was staged). */
    public void wake() {
        if (worker != null) {
            worker.execute(this::drain);
        }
    }

    /** Runs every queued job, after queuing again those whose node died. */
    public synchronized void drain() {
        try {
            requeueStale();
            Claimed job;
            while ((job = claim()) != null) {
                run(job);
            }
        } catch (RuntimeException e) {
            log.warn("The import worker could not look for jobs: {}", e.getMessage());
        }
    }

    private record Claimed(long id, RecordType type, StagedFile file, String stagingLayout) {}

    private Claimed claim() {
        return jdbc.sql("""
                update evidence_import_job set state = 'RUNNING', node = ?, heartbeat_at = now(),
                       started_at = coalesce(started_at, now()), attempts = attempts + 1, processed = 0
                where id = (select id from evidence_import_job where state = 'QUEUED' order by id
                            for update skip locked limit 1)
                returning id, record_type, staging_table, staging_layout, total, allowed_jurisdictions, created_by,
                          demo""")
                .param(node)
                .query((rs, i) -> {
                    var allowed = rs.getArray("allowed_jurisdictions");
                    long id = rs.getLong("id");
                    return new Claimed(
                            id,
                            RecordType.fromPath(rs.getString("record_type")).orElseThrow(),
                            new StagedFile(
                                    id,
                                    rs.getString("staging_table"),
                                    rs.getLong("total"),
                                    allowed == null ? null : List.of((String[]) allowed.getArray()),
                                    rs.getString("created_by"),
                                    rs.getBoolean("demo")),
                            rs.getString("staging_layout"));
                })
                .optional()
                .orElse(null);
    }

    private void run(Claimed job) {
        ImportSpec spec = specs.get(job.type());
        if (!spec.stagingLayout().equals(job.stagingLayout())) {
            stagedByAnotherVersion(job);
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("select set_config('application_name', ?, true)")
                        .param("evidence-import-" + job.id())
                        .query(String.class)
                        .single();
                long problems = spec.validate(job.file());
                if (problems == 0) {
                    problems = spec.merge(job.file(), rows -> progress(job.id(), rows));
                }
                if (problems > 0) {
                    jdbc.sql("""
                            update evidence_import_job set state = 'FAILED', error_count = ?, finished_at = clock_timestamp(),
                                   failure_key = 'evidence.import.failed.rows', node = null where id = ?""").params(problems, job.id()).update();
                } else {
                    jdbc.sql("""
                            update evidence_import_job set state = 'SUCCEEDED', processed = total,
                                   finished_at = clock_timestamp(), node = null where id = ?""").param(job.id()).update();
                }
                jdbc.sql("drop table " + job.file().table()).update();
            });
            log.info("Import job {} of {} rows finished", job.id(), job.file().rows());
        } catch (RuntimeException e) {
            log.warn("Import job {} was interrupted and stored nothing: {}", job.id(), cause(e));
            giveBack(job.id());
        }
    }

    /**
     * A job staged by another version of the application (another staging layout): its staged rows cannot be
     * read as they were written, so it fails at once, saying to send the file again; nothing is stored, its
     * staging table and the problems found while staging are dropped.
     */
    private void stagedByAnotherVersion(Claimed job) {
        log.warn(
                "Import job {} was staged under layout {}, not {}: it fails, the file must be sent again",
                job.id(),
                job.stagingLayout(),
                specs.get(job.type()).stagingLayout());
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from evidence_import_error where job_id = ?")
                    .param(job.id())
                    .update();
            jdbc.sql("""
                    update evidence_import_job set state = 'FAILED', error_count = 0, processed = 0,
                           failure_key = 'evidence.import.failed.stagedEarlier', finished_at = clock_timestamp(),
                           node = null
                    where id = ?""").param(job.id()).update();
            if (job.file().table() != null && job.file().table().matches("evidence_stage_\\d+")) {
                jdbc.sql("drop table if exists " + job.file().table()).update();
            }
        });
    }

    private static String cause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage();
    }

    /** After a failure outside the rows (a lost connection): try again later, or give up after three times. */
    private void giveBack(long id) {
        jdbc.sql("""
                update evidence_import_job
                set state = case when attempts >= ? then 'FAILED' else 'QUEUED' end,
                    failure_key = case when attempts >= ? then 'evidence.import.failed.interrupted' end,
                    finished_at = case when attempts >= ? then clock_timestamp() end, node = null, processed = 0
                where id = ? and state = 'RUNNING'""").params(MAX_ATTEMPTS, MAX_ATTEMPTS, MAX_ATTEMPTS, id).update();
    }

    /** Jobs whose node stopped beating: their transaction died with the node, their staging table is intact. */
    void requeueStale() {
        List<Long> stale = jdbc.sql("""
                select id from evidence_import_job
                where state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)
                for update skip locked""").param(staleSeconds).query(Long.class).list();
        for (long id : stale) {
            log.warn("Import job {} was left running by a node that stopped; it is resumed", id);
            giveBack(id);
        }
    }

    /** Written on its own connection, so that the page sees progress while the job's transaction is open. */
    private void progress(long jobId, long rows) {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement(
                        "update evidence_import_job set processed = ?, heartbeat_at = now() where id = ?")) {
            c.setAutoCommit(true);
            ps.setLong(1, rows);
            ps.setLong(2, jobId);
            ps.executeUpdate();
        } catch (SQLException e) {
            log.warn("Could not record the progress of import job {}: {}", jobId, e.getMessage());
        }
    }

    private void beat() {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("update evidence_import_job set heartbeat_at = now()"
                        + " where node = ? and state = 'RUNNING'")) {
            c.setAutoCommit(true);
            ps.setString(1, node);
            ps.executeUpdate();
        } catch (SQLException e) {
            log.warn("The import worker could not beat: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "evidence-import"));
        heart = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "evidence-import-heartbeat"));
        worker.scheduleWithFixedDelay(this::drain, 1, 2, TimeUnit.SECONDS);
        heart.scheduleWithFixedDelay(this::beat, 5, 5, TimeUnit.SECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        var t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdownNow();
            heart.shutdownNow();
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
