package org.roadmapmonitor.evidence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in rows while a file streams in: every one is counted, the first {@value #KEPT} are kept
 * (with line, column, message key and arguments) and stored with the job once the file is staged.
 */
final class StagedProblems implements ImportSpec.Problems {
    static final int KEPT = 100_000;

    private record Found(long line, String column, String key, String[] args) {}

    private final long jobId;
    private final List<Found> kept = new ArrayList<>();
    private long count;
    private long line;

    StagedProblems(long jobId) {
        this.jobId = jobId;
    }

    /** The file line the next problems belong to. */
    void at(long fileLine) {
        line = fileLine;
    }

    @Override
    public void add(String column, String key, String... args) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new Found(line, column, key, args));
        }
    }

    /** Stores the kept problems in {@code evidence_import_error}; returns how many were found. */
    long store(Connection connection) {
        if (kept.isEmpty()) {
            return count;
        }
        try (var ps = connection.prepareStatement("insert into evidence_import_error"
                + " (job_id, line_no, column_name, message_key, args) values (?, ?, ?, ?, ?)")) {
            int batch = 0;
            for (Found f : kept) {
                ps.setLong(1, jobId);
                ps.setLong(2, f.line());
                ps.setString(3, f.column());
                ps.setString(4, f.key());
                ps.setArray(5, connection.createArrayOf("text", f.args()));
                ps.addBatch();
                if (++batch % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return count;
    }
}
