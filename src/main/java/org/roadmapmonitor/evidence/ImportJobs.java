package org.roadmapmonitor.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roadmapmonitor.evidence.internal.ImportSpec;
import org.roadmapmonitor.evidence.internal.ImportStaging;
import org.roadmapmonitor.evidence.internal.ImportWorker;
import org.roadmapmonitor.evidence.internal.WorkbookCsv;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bulk imports of evidence files as background jobs. The secretariat imports for every jurisdiction, an
 * editor only for their own (a row for another is an error of that row). A job is seen by the person who
 * started it and the secretariat; to anyone else it does not exist.
 */
@Service
public class ImportJobs {
    private static final int PROBLEMS_SHOWN = 1000;

    private final JdbcClient jdbc;
    private final ImportStaging staging;
    private final ImportWorker worker;
    private final Texts texts;

    public ImportJobs(JdbcClient jdbc, ImportStaging staging, ImportWorker worker, Texts texts) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.worker = worker;
        this.texts = texts;
    }

    /**
     * Stages the file and queues its job; with an idempotency key already used by this user, returns that
     * job and reads nothing.
     */
    public ImportJob submit(RecordType type, String fileName, String idempotencyKey, InputStream body) {
        var sender = sender();
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            var earlier = jdbc.sql("select id from evidence_import_job where created_by = ? and idempotency_key = ?")
                    .params(sender.actor(), idempotencyKey)
                    .query(Long.class)
                    .optional();
            if (earlier.isPresent()) {
                return find(earlier.get());
            }
        }
        var spec = worker.spec(type);
        if (spec == null) {
            throw new BadRequestException(
                    "type",
                    texts.get(
                            "evidence.import.typeNotImportable",
                            type.path(),
                            String.join(
                                    ", ",
                                    worker.importable().stream()
                                            .map(RecordType::path)
                                            .toList())));
        }
        long id = stage(spec, sender, fileName, blankToNull(idempotencyKey), body);
        worker.wake();
        return find(id);
    }

    /** A workbook goes through the same COPY path as CSV, read a row at a time into a temporary file. */
    private long stage(
            ImportSpec spec, ImportStaging.Sender sender, String fileName, String idempotencyKey, InputStream body) {
        var in = body.markSupported() ? body : new BufferedInputStream(body, 1 << 16);
        try {
            if (!WorkbookCsv.isWorkbook(fileName, in)) {
                return staging.stage(spec, sender, fileName, idempotencyKey, in);
            }
            try (var csv = WorkbookCsv.toCsv(in)) {
                return staging.stage(spec, sender, fileName, idempotencyKey, csv);
            }
        } catch (WorkbookCsv.NotAWorkbook e) {
            throw new BadRequestException(
                    "file",
                    texts.get(e.getCause() == null ? "evidence.import.emptyWorkbook" : "evidence.import.notAWorkbook"));
        } catch (IOException e) {
            throw new BadRequestException("body", texts.get("evidence.import.unreadable"));
        }
    }

    /** The record types a file can be imported for. */
    public List<RecordType> importable() {
        return worker.importable();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private ImportStaging.Sender sender() {
        if (SystemActor.active()) {
            return new ImportStaging.Sender("system", null, true);
        }
        RoadmapUser user = CurrentUser.require();
        if (user.isSecretariat()) {
            return new ImportStaging.Sender(user.email(), null, false);
        }
        List<String> editorOf = user.grants().stream()
                .filter(g -> g.role() == Role.JURISDICTION_EDITOR)
                .map(g -> g.scope())
                .distinct()
                .toList();
        if (editorOf.isEmpty()) {
            throw new ForbiddenException(texts.get("evidence.import.notAnEditor"));
        }
        return new ImportStaging.Sender(user.email(), editorOf, false);
    }

    /** The job, if the caller may see it. */
    public ImportJob get(long id) {
        ImportJob job = find(id);
        if (!SystemActor.active()) {
            RoadmapUser user = CurrentUser.require();
            if (!user.isSecretariat() && !user.email().equals(job.createdBy())) {
                throw new NotFoundException(texts.get("evidence.import.notFound", id));
            }
        }
        return job;
    }

    private ImportJob find(long id) {
        return jdbc.sql("""
                select id, record_type, state, file_name, processed, total, error_count, failure_key, created_by,
                       created_at, finished_at
                from evidence_import_job where id = ?""")
                .param(id)
                .query((rs, i) -> new ImportJob(
                        rs.getLong("id"),
                        RecordType.fromPath(rs.getString("record_type")).orElseThrow(),
                        ImportJob.State.valueOf(rs.getString("state")),
                        rs.getString("file_name"),
                        rs.getLong("processed"),
                        rs.getLong("total"),
                        rs.getLong("error_count"),
                        rs.getString("failure_key"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException(texts.get("evidence.import.notFound", id)));
    }

    /** Why the job failed, in the reader's language; null unless it failed. */
    public String failure(ImportJob job) {
        return job.failure() == null ? null : texts.get(job.failure(), job.errorCount());
    }

    /** The first problems of a job the caller may see, in file order. */
    public List<ImportProblem> problems(long id) {
        get(id);
        return jdbc.sql("""
                select line_no, column_name, message_key, args from evidence_import_error
                where job_id = ? order by line_no, column_name limit ?""")
                .params(id, PROBLEMS_SHOWN)
                .query((rs, i) -> problem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getArray(4)))
                .list();
    }

    /** Every stored problem as CSV (row, column, message), streamed. */
    public void writeProblems(long id, Writer out) throws IOException {
        get(id);
        // The printer is flushed, not closed: the response's stream belongs to the servlet container.
        var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("row", "column", "message")
                        .get());
        jdbc.sql("""
                select line_no, column_name, message_key, args from evidence_import_error
                where job_id = ? order by line_no, column_name""").param(id).query(rs -> {
            var p = problem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getArray(4));
            try {
                csv.printRecord(p.row(), p.column(), p.message());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private ImportProblem problem(long row, String column, String key, Array args) throws SQLException {
        Object[] values = args == null ? new Object[0] : (Object[]) args.getArray();
        return new ImportProblem(row, column, texts.get(key, values));
    }
}
