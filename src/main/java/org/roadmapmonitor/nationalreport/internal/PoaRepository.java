package org.roadmapmonitor.nationalreport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.nationalreport.Answer;
import org.roadmapmonitor.nationalreport.PoaQuestion;
import org.roadmapmonitor.nationalreport.PoaReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The national reports' rows: a report, its answers and its SDG figures, each read in one query. */
@Repository
public class PoaRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    PoaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report's header: id, jurisdiction, cycle and times; the caller adds the jurisdiction's name. */
    public record Header(
            long id,
            String jurisdiction,
            int cycle,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            Instant prefilledAt,
            long revision) {}

    public Optional<Header> header(long id) {
        return jdbc.sql("select * from poa_report where id = ?")
                .param(id)
                .query(PoaRepository::header)
                .optional();
    }

    public Optional<Header> header(String jurisdiction, int cycle) {
        return jdbc.sql("select * from poa_report where jurisdiction_code = ? and cycle = ?")
                .params(jurisdiction, cycle)
                .query(PoaRepository::header)
                .optional();
    }

    /** Every report of these jurisdictions (all when null), newest cycle first, with its reviewed count. */
    public List<PoaReport.Summary> list(Collection<String> jurisdictions, Map<String, String> names) {
        String where = jurisdictions == null ? "" : " where r.jurisdiction_code = any (?)";
        var spec = jdbc.sql("""
                select r.id, r.jurisdiction_code, r.cycle, r.updated_at,
                       count(*) filter (where a.reviewed), count(a.question)
                from poa_report r left join poa_answer a on a.report_id = r.id""" + where + """

                group by r.id order by r.cycle desc, r.jurisdiction_code""");
        if (jurisdictions != null) {
            spec = spec.param(jurisdictions.toArray(String[]::new));
        }
        return spec.query((rs, i) -> new PoaReport.Summary(
                        rs.getLong(1),
                        rs.getString(2),
                        names.getOrDefault(rs.getString(2), rs.getString(2)),
                        rs.getInt(3),
                        rs.getLong(5),
                        rs.getInt(6),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public long insert(String jurisdiction, int cycle, String actor, Instant now) {
        return jdbc.sql("""
                insert into poa_report (jurisdiction_code, cycle, created_at, created_by, updated_at, prefilled_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(jurisdiction, cycle, Timestamp.from(now), actor, Timestamp.from(now), Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public List<PoaReport.Item> items(long id) {
        Map<PoaQuestion, PoaReport.Item> byQuestion = new EnumMap<>(PoaQuestion.class);
        jdbc.sql("select * from poa_answer where report_id = ?")
                .param(id)
                .query((rs, i) -> byQuestion.put(PoaQuestion.valueOf(rs.getString("question")), item(rs)))
                .list();
        return List.copyOf(byQuestion.values());
    }

    public List<PoaReport.SdgYear> sdg(long id) {
        return jdbc.sql("select * from poa_sdg_figure where report_id = ? order by year")
                .param(id)
                .query((rs, i) -> new PoaReport.SdgYear(
                        rs.getInt("year"),
                        rs.getLong("numerator"),
                        rs.getLong("denominator"),
                        rs.getLong("seized"),
                        rs.getLong("found"),
                        rs.getLong("surrendered"),
                        rs.getLong("by_tracing"),
                        rs.getLong("by_authority")))
                .list();
    }

    /** Writes the pre-filled part of every question, keeping the user's answers; replaces the SDG figures. */
    public void prefill(long id, Prefill prefill, Instant now) {
        for (var e : prefill.suggestions().entrySet()) {
            var s = e.getValue();
            jdbc.sql("""
                    insert into poa_answer (report_id, question, prefilled_answer, basis_key, basis_args, men, women)
                    values (?, ?, ?, ?, ?::jsonb, ?, ?)
                    on conflict (report_id, question) do update set prefilled_answer = excluded.prefilled_answer,
                        basis_key = excluded.basis_key, basis_args = excluded.basis_args,
                        men = coalesce(poa_answer.men, excluded.men), women = coalesce(poa_answer.women, excluded.women)""")
                    .params(
                            id,
                            e.getKey().name(),
                            s.answer() == null ? null : s.answer().name(),
                            s.key(),
                            JSON.writeValueAsString(s.args()),
                            s.men(),
                            s.women())
                    .update();
        }
        jdbc.sql("delete from poa_sdg_figure where report_id = ?").param(id).update();
        for (var y : prefill.sdg()) {
            jdbc.sql("insert into poa_sdg_figure values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            y.year(),
                            y.numerator(),
                            y.denominator(),
                            y.seized(),
                            y.found(),
                            y.surrendered(),
                            y.byTracing(),
                            y.byAuthority())
                    .update();
        }
        jdbc.sql("update poa_report set prefilled_at = ?, updated_at = ?, revision = revision + 1 where id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), id)
                .update();
    }

    public void answer(
            long id,
            PoaQuestion question,
            Answer answer,
            String note,
            Integer men,
            Integer women,
            boolean reviewed,
            String actor,
            Instant now) {
        jdbc.sql("""
                update poa_answer set answer = ?, note = ?, men = ?, women = ?, reviewed = ?, updated_by = ?, updated_at = ?
                where report_id = ? and question = ?""")
                .params(
                        answer == null ? null : answer.name(),
                        note,
                        men,
                        women,
                        reviewed,
                        actor,
                        Timestamp.from(now),
                        id,
                        question.name())
                .update();
    }

    public void touch(long id, Instant now) {
        jdbc.sql("update poa_report set updated_at = ?, revision = revision + 1 where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    private static Header header(ResultSet rs, int i) throws SQLException {
        return new Header(
                rs.getLong("id"),
                rs.getString("jurisdiction_code"),
                rs.getInt("cycle"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("prefilled_at").toInstant(),
                rs.getLong("revision"));
    }

    private static PoaReport.Item item(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new PoaReport.Item(
                PoaQuestion.valueOf(rs.getString("question")),
                answer(rs.getString("prefilled_answer")),
                rs.getString("basis_key"),
                JSON.readValue(rs.getString("basis_args"), new TypeReference<List<String>>() {}),
                answer(rs.getString("answer")),
                rs.getString("note"),
                (Integer) rs.getObject("men"),
                (Integer) rs.getObject("women"),
                rs.getBoolean("reviewed"),
                updated == null ? null : updated.toInstant(),
                rs.getString("updated_by"));
    }

    private static Answer answer(String text) {
        return text == null ? null : Answer.valueOf(text);
    }

    static List<String> args(Object... args) {
        return new ArrayList<>(Arrays.stream(args).map(String::valueOf).toList());
    }
}
