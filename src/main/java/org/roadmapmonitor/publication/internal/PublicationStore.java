package org.roadmapmonitor.publication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.publication.Publication;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.publication.RenderedDocument;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The publication table: requests, their jobs' state, the files and the figures they used. */
@Repository
public class PublicationStore {
    private static final String COLUMNS = """
            id, kind, framework_code, period_code, period_end_code, kpi_period_code, jurisdiction_code, fund_code,
            format, language, introduction, commentary::text as commentary, number, state, progress, failure_key,
            created_by, created_at, finished_at, content_sha256, reissue_of""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PublicationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Queues a request; {@code reissueOf} is the publication whose kept inputs it is made from, else null. */
    public long queue(PublicationRequest r, Integer number, String createdBy, Instant at, Long reissueOf) {
        return jdbc.sql("""
                insert into publication (kind, framework_code, period_code, period_end_code, kpi_period_code,
                  jurisdiction_code, fund_code, format, language, introduction, commentary, number, state, created_by,
                  created_at, reissue_of)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'QUEUED', ?, ?, ?) returning id""")
                .params(
                        r.kind().name(),
                        r.framework(),
                        r.period().code(),
                        r.periodEnd() == null ? null : r.periodEnd().code(),
                        r.kpiPeriod() == null ? null : r.kpiPeriod().code(),
                        r.jurisdiction(),
                        r.fund(),
                        r.format().name(),
                        r.language().toLanguageTag(),
                        r.introduction(),
                        json.writeValueAsString(r.commentary()),
                        number,
                        createdBy,
                        Timestamp.from(at),
                        reissueOf)
                .query(Long.class)
                .single();
    }

    /**
     * The number of a framework's regional report for this period or range ({@code end} null for one period):
     * the one it had when generated before, else the next after the highest so far.
     */
    public int regionalNumber(String framework, PeriodCode period, PeriodCode end) {
        return jdbc.sql("""
                select coalesce(
                  (select max(number) from publication where kind = 'REGIONAL_REPORT' and framework_code = ?
                     and period_code = ? and period_end_code is not distinct from ?),
                  (select coalesce(max(number), 0) + 1 from publication where kind = 'REGIONAL_REPORT'
                     and framework_code = ?))""")
                .params(framework, period.code(), end == null ? null : end.code(), framework)
                .query(Integer.class)
                .single();
    }

    public Optional<Publication> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from publication where id = ?")
                .param(id)
                .query(this::publication)
                .optional();
    }

    /**
     * One page of the publications this caller may see, newest first: all for {@code everything}, else
     * those they asked for or that concern their jurisdictions or funds.
     */
    public List<Publication> page(
            boolean everything, String createdBy, List<String> jurisdictions, List<String> funds, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from publication
                where ? or created_by = ? or jurisdiction_code = any(?) or fund_code = any(?)
                order by created_at desc, id desc limit ?""")
                .params(
                        everything,
                        createdBy,
                        jurisdictions.toArray(String[]::new),
                        funds.toArray(String[]::new),
                        limit)
                .query(this::publication)
                .list();
    }

    public Optional<byte[]> content(long id) {
        return jdbc.sql("select content from publication where id = ? and state = 'SUCCEEDED'")
                .param(id)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }

    public List<RenderedDocument.Figure> figures(long id) {
        return jdbc.sql("""
                select figure_key, value, source from publication_figure where publication_id = ? order by position""")
                .param(id)
                .query((rs, i) -> new RenderedDocument.Figure(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public boolean hasInputs(long id) {
        return jdbc.sql("select inputs is not null from publication where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    /** What the renderer read when it made the publication, in its own JSON form. */
    Optional<String> inputs(long id) {
        return jdbc.sql("select inputs::text from publication where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    void succeed(long id, RenderedDocument document, String sha256) {
        jdbc.sql("""
                update publication set state = 'SUCCEEDED', progress = 100, content = ?, content_sha256 = ?,
                       inputs = ?::jsonb, finished_at = clock_timestamp(), node = null where id = ?""").params(document.content(), sha256, document.inputs(), id).update();
        jdbc.sql("delete from publication_figure where publication_id = ?")
                .param(id)
                .update();
        var figures = document.figures();
        jdbc.sql("""
                insert into publication_figure (publication_id, position, figure_key, value, source)
                select ?, t.ord - 1, t.k, t.v, t.s from unnest(?::text[], ?::text[], ?::text[]) with ordinality
                  as t(k, v, s, ord)""")
                .params(
                        id,
                        figures.stream().map(RenderedDocument.Figure::key).toArray(String[]::new),
                        figures.stream().map(RenderedDocument.Figure::value).toArray(String[]::new),
                        figures.stream().map(RenderedDocument.Figure::source).toArray(String[]::new))
                .update();
    }

    private Publication publication(ResultSet rs, int row) throws SQLException {
        String kpi = rs.getString("kpi_period_code");
        String end = rs.getString("period_end_code");
        var request = new PublicationRequest(
                PublicationKind.valueOf(rs.getString("kind")),
                rs.getString("framework_code"),
                PeriodCode.parse(rs.getString("period_code")),
                end == null ? null : PeriodCode.parse(end),
                kpi == null ? null : PeriodCode.parse(kpi),
                rs.getString("jurisdiction_code"),
                rs.getString("fund_code"),
                PublicationFormat.valueOf(rs.getString("format")),
                Locale.forLanguageTag(rs.getString("language")),
                rs.getString("introduction"),
                json.readValue(rs.getString("commentary"), new TypeReference<Map<String, String>>() {}));
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Publication(
                rs.getLong("id"),
                request,
                (Integer) rs.getObject("number"),
                Publication.State.valueOf(rs.getString("state")),
                rs.getInt("progress"),
                rs.getString("failure_key"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("content_sha256"),
                (Long) rs.getObject("reissue_of"));
    }
}
