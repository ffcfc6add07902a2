package org.roadmapmonitor.publication.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.roadmapmonitor.publication.DocumentRenderer;
import org.roadmapmonitor.publication.Publication;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.RenderedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates queued publications in the background, one at a time per node. The pattern is the evidence
 * import worker's (a job row claimed with {@code FOR UPDATE SKIP LOCKED}, a heartbeat, stale jobs requeued, up
 * to three attempts), copied rather than shared because that worker is tied to its staging tables. A document
 * is read in one repeatable-read transaction as the public reads (nobody signed in), so that all its figures
 * are published ones from the same moment, and stored with its figures in another. A re-issue is rendered from
 * the inputs its original kept instead.
 */
@Component
public class PublicationWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(PublicationWorker.class);
    static final int MAX_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PublicationStore store;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Map<PublicationKind, DocumentRenderer> renderers;
    private final long staleSeconds;
    private final String node = "node-" + UUID.randomUUID();
    private ScheduledExecutorService worker;
    private ScheduledExecutorService heart;

    PublicationWorker(
            JdbcClient jdbc,
            DataSource dataSource,
            PublicationStore store,
            PlatformTransactionManager transactions,
            List<DocumentRenderer> renderers,
            @Value("${roadmap.publication.stale-seconds:60}") long staleSeconds) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.store = store;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writing = new TransactionTemplate(transactions);
        this.renderers = renderers.stream()
                .collect(Collectors.toMap(DocumentRenderer::kind, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two renderers for " + a.kind());
                }));
        this.staleSeconds = staleSeconds;
    }

    public Optional<DocumentRenderer> renderer(PublicationKind kind) {
        return Optional.ofNullable(renderers.get(kind));
    }

    /** Looks for work now rather than at the next poll. */
    public void wake() {
        if (worker != null) {
            worker.execute(this::drain);
        }
    }

    /** Generates every queued publication, after queuing again those whose node died. */
    public synchronized void drain() {
        try {
            requeueStale();
            Long id;
            while ((id = claim()) != null) {
                run(id);
            }
        } catch (RuntimeException e) {
            log.warn("The publication worker could not look for jobs: {}", e.getMessage());
        }
    }

    private Long claim() {
        return jdbc.sql("""
                update publication set state = 'RUNNING', node = ?, heartbeat_at = now(),
                       started_at = coalesce(started_at, now()), attempts = attempts + 1, progress = 0
                where id = (select id from publication where state = 'QUEUED' order by id
                            for update skip locked limit 1)
                returning id""").param(node).query(Long.class).optional().orElse(null);
    }

    private void run(long id) {
        Publication job = store.find(id).orElseThrow();
        DocumentRenderer renderer = renderers.get(job.kind());
        if (renderer == null) {
            fail(id, "publication.failed.noRenderer");
            return;
        }
        var previous = LocaleContextHolder.getLocale();
        try {
            LocaleContextHolder.setLocale(job.language());
            var out = new RenderedDocument[1];
            String kept = job.reissueOf() == null
                    ? null
                    : store.inputs(job.reissueOf()).orElseThrow();
            DocumentRenderer.Progress progress = percent -> progress(id, percent);
            asThePublic(() -> out[0] = reading.execute(status -> kept == null
                    ? renderer.render(job.request(), progress)
                    : renderer.reissue(job.request(), kept, progress)));
            String sha = sha256(out[0].content());
            writing.executeWithoutResult(status -> store.succeed(id, out[0], sha));
            log.info("Publication {} ({}, {}) generated", id, job.kind(), job.format());
        } catch (RuntimeException e) {
            log.warn("Publication {} could not be generated: {}", id, cause(e), e);
            giveBack(id);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    /**
     * Documents go out: they are read as someone who is not signed in reads, so that only published figures
     * reach them, whoever asked.
     */
    private static void asThePublic(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage();
    }

    private void fail(long id, String key) {
        jdbc.sql("""
                update publication set state = 'FAILED', failure_key = ?, finished_at = clock_timestamp(), node = null
                where id = ?""").params(key, id).update();
    }

    /** After a failure: try again later, or give up after three attempts. */
    private void giveBack(long id) {
        jdbc.sql("""
                update publication
                set state = case when attempts >= ? then 'FAILED' else 'QUEUED' end,
                    failure_key = case when attempts >= ? then 'publication.failed.error' end,
                    finished_at = case when attempts >= ? then clock_timestamp() end, node = null, progress = 0
                where id = ? and state = 'RUNNING'""").params(MAX_ATTEMPTS, MAX_ATTEMPTS, MAX_ATTEMPTS, id).update();
    }

    /** Jobs whose node stopped beating: generated again from the start by whichever node claims them. */
    void requeueStale() {
        List<Long> stale = jdbc.sql("""
                select id from publication
                where state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)
                for update skip locked""").param(staleSeconds).query(Long.class).list();
        for (long id : stale) {
            log.warn("Publication {} was left running by a node that stopped; it is generated again", id);
            giveBack(id);
        }
    }

    /** Written on its own connection, so that the page sees progress while the job's transaction is open. */
    private void progress(long id, int percent) {
        autoCommit(
                "update publication set progress = ?, heartbeat_at = now() where id = ? and state = 'RUNNING'",
                Math.max(0, Math.min(99, percent)),
                id);
    }

    private void beat() {
        autoCommit("update publication set heartbeat_at = now() where node = ? and state = 'RUNNING'", node);
    }

    private void autoCommit(String sql, Object... params) {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            log.warn("The publication worker could not write its progress: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "publication"));
        heart = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "publication-heartbeat"));
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
