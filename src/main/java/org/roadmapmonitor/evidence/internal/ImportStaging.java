package org.roadmapmonitor.evidence.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a file: reads its header, creates the job and its staging table, and streams the rest of the body
 * into {@code COPY … FROM STDIN} — constant memory, the database's own bulk path: unchanged, or, for a type
 * with {@link ImportSpec#rowCheck row checks}, parsed, checked and normalised a row at a time on its way. Job,
 * staging table, rows and the problems found commit together, so an upload that breaks off leaves nothing
 * behind.
 */
@Component
public class ImportStaging {
    private static final Logger log = LoggerFactory.getLogger(ImportStaging.class);
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Texts texts;
    private final Clock clock;

    public ImportStaging(JdbcClient jdbc, DataSource dataSource, Texts texts, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.texts = texts;
        this.clock = clock;
    }

    /** Who sends the file: their name, and the jurisdictions they import for (null: every one). */
    public record Sender(String actor, List<String> allowedJurisdictions, boolean demo) {}

    /** Stages the file and returns the new job's id; a header or CSV structure problem is a 400. */
    @Transactional
    public long stage(ImportSpec spec, Sender sender, String fileName, String idempotencyKey, InputStream body) {
        var in = new BufferedInputStream(body, 1 << 16);
        List<String> copyColumns = header(spec, readHeaderLine(in));
        long jobId = jdbc.sql("""
                insert into evidence_import_job (record_type, state, file_name, allowed_jurisdictions, created_by,
                                                 idempotency_key, created_at, demo)
                values (?, 'QUEUED', ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        spec.type().path(),
                        fileName,
                        sender.allowedJurisdictions() == null
                                ? null
                                : sender.allowedJurisdictions().toArray(String[]::new),
                        sender.actor(),
                        idempotencyKey,
                        Timestamp.from(clock.instant()),
                        sender.demo())
                .query(Long.class)
                .single();
        String table = "evidence_stage_" + jobId;
        var columns = new ArrayList<String>();
        spec.columns().forEach(c -> columns.add(c + " text"));
        ImportSpec.RowCheck check = spec.rowCheck(sender.allowedJurisdictions());
        long rows;
        long problems = 0;
        if (check == null) {
            copyColumns.stream().filter(c -> c.startsWith("extra_")).forEach(c -> columns.add(c + " text"));
            jdbc.sql("create unlogged table " + table + " (line_no bigint generated always as identity, "
                            + String.join(", ", columns) + ")")
                    .update();
            rows = copy(table, copyColumns, in);
        } else {
            spec.derivedColumns().forEach(c -> columns.add(c + " text"));
            jdbc.sql("create unlogged table " + table + " (line_no bigint not null, " + String.join(", ", columns)
                            + ")")
                    .update();
            var found = new StagedProblems(jobId);
            rows = copyChecked(table, spec, check, copyColumns, in, found);
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                problems = found.store(connection);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
        jdbc.sql("analyze " + table).update();
        jdbc.sql("update evidence_import_job set staging_table = ?, staging_layout = ?, total = ?, error_count = ?"
                        + " where id = ?")
                .params(table, spec.stagingLayout(), rows, problems, jobId)
                .update();
        return jobId;
    }

    /**
     * Reads the body as CSV a record at a time, checks and normalises each row in Java, and writes it to
     * {@code COPY … FROM STDIN} in text format with its line number: one pass, constant memory.
     */
    private long copyChecked(
            String table,
            ImportSpec spec,
            ImportSpec.RowCheck check,
            List<String> header,
            InputStream in,
            StagedProblems problems) {
        int[] target = new int[header.size()];
        for (int i = 0; i < target.length; i++) {
            target[i] = spec.columns().indexOf(header.get(i));
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var csv = new CsvStream(new InputStreamReader(in, decoder));
        var staged = new ArrayList<>(spec.columns());
        staged.addAll(spec.derivedColumns());
        String[] row = new String[staged.size()];
        long line = 0;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy = null;
        try {
            copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " (line_no, " + String.join(", ", staged) + ") from stdin");
            var out = new CopyText(copy);
            List<String> record;
            while (true) {
                try {
                    record = csv.next();
                } catch (CharacterCodingException e) {
                    throw unreadableRow(line + 2, "evidence.import.notUtf8");
                } catch (CsvStream.UnterminatedQuote e) {
                    throw unreadableRow(line + 2, "evidence.import.unterminatedQuote");
                }
                if (record == null) {
                    break;
                }
                line++;
                if (record.size() != target.length) {
                    throw unreadableRow(
                            line + 1,
                            "evidence.import.fieldCount",
                            String.valueOf(target.length),
                            String.valueOf(record.size()));
                }
                Arrays.fill(row, null);
                for (int i = 0; i < target.length; i++) {
                    if (target[i] >= 0) {
                        row[target[i]] = trimmed(record.get(i));
                    }
                }
                problems.at(line + 1);
                check.check(row, problems);
                out.row(line, row);
            }
            out.flush();
            long rows = copy.endCopy();
            copy = null;
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new BadRequestException("body", texts.get("evidence.import.unreadable"));
        } finally {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    log.debug("Cancelling the COPY of an unreadable file failed: {}", e.getMessage());
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Spaces trimmed at both ends, empty text as null (as {@code nullif(btrim(v), '')}). */
    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        int from = 0;
        int to = value.length();
        while (from < to && value.charAt(from) == ' ') {
            from++;
        }
        while (to > from && value.charAt(to - 1) == ' ') {
            to--;
        }
        return from == to ? null : value.substring(from, to);
    }

    private BadRequestException unreadableRow(long row, String reasonKey, Object... args) {
        String reason = texts.get(reasonKey, args);
        return new BadRequestException(
                texts.get("evidence.import.malformedSummary"),
                List.of(Problem.at(
                        texts.get("evidence.import.row", row), texts.get("evidence.import.malformed", row, reason))));
    }

    private List<String> header(ImportSpec spec, String line) {
        if (line.isBlank()) {
            throw new BadRequestException(texts.get("evidence.import.row", 1), texts.get("evidence.import.emptyFile"));
        }
        CSVRecord record;
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            record = parser.iterator().next();
        } catch (IOException | RuntimeException e) {
            throw new BadRequestException(texts.get("evidence.import.row", 1), texts.get("evidence.import.badHeader"));
        }
        var problems = new ArrayList<Problem>();
        var seen = new HashSet<String>();
        var copyColumns = new ArrayList<String>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !seen.add(name)) {
                problems.add(Problem.at(
                        texts.get("evidence.import.rowColumn", 1, name),
                        texts.get("evidence.import.duplicateColumn", name)));
            }
            copyColumns.add(spec.columns().contains(name) ? name : "extra_" + (i + 1));
        }
        for (String required : spec.requiredColumns()) {
            if (!seen.contains(required)) {
                problems.add(Problem.at(
                        texts.get("evidence.import.rowColumn", 1, required),
                        texts.get("evidence.import.missingColumn", required)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(texts.get("evidence.import.badHeaderSummary"), problems);
        }
        return copyColumns;
    }

    private long copy(String table, List<String> columns, InputStream in) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            return copy.copyIn(
                    "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)", in, 1 << 16);
        } catch (PSQLException e) {
            throw malformed(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new BadRequestException("body", texts.get("evidence.import.unreadable"));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** COPY names the data line it stopped at; the file line is one more (the header is line 1). */
    private BadRequestException malformed(PSQLException e) {
        var server = e.getServerErrorMessage();
        String where = server == null || server.getWhere() == null ? "" : server.getWhere();
        var m = COPY_LINE.matcher(where);
        String row = m.find() ? String.valueOf(Long.parseLong(m.group(1)) + 1) : "?";
        String reason = server == null || server.getMessage() == null ? "" : server.getMessage();
        return new BadRequestException(
                texts.get("evidence.import.malformedSummary"),
                List.of(Problem.at(
                        texts.get("evidence.import.row", row), texts.get("evidence.import.malformed", row, reason))));
    }

    /** The header line's bytes (at most 64 KiB), without its line break or a UTF-8 byte-order mark. */
    private String readHeaderLine(InputStream in) {
        var line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (line.size() >= MAX_HEADER_BYTES) {
                    throw new BadRequestException(
                            texts.get("evidence.import.row", 1), texts.get("evidence.import.badHeader"));
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new BadRequestException("body", texts.get("evidence.import.unreadable"));
        }
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
