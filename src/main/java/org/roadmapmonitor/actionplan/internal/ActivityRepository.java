package org.roadmapmonitor.actionplan.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities, plan and partner alike, read only through the caller's {@link Scope}. */
@Repository
public class ActivityRepository {
    private static final String SELECT = """
            select a.id, a.plan_id, a.framework_code, a.version, a.objective_code, a.jurisdiction_code,
              a.organisation, a.title, a.start_date, a.end_date, a.budget_amount, a.budget_currency,
              a.funding_source, a.funder, a.fund_code, a.project_code, a.status, a.demo
            from activity a left join action_plan p on p.id = a.plan_id
            """;
    /** Fixed text only; every value is a bound parameter (null means "any"). */
    private static final String FILTER = " where " + Scope.VISIBLE
            + " and (cast(:framework as text) is null or a.framework_code = :framework)"
            + " and (cast(:version as text) is null or a.version = :version)"
            + " and (cast(:objective as text) is null or a.objective_code = :objective)"
            + " and (cast(:jurisdiction as text) is null or a.jurisdiction_code = :jurisdiction)"
            + " and (cast(:organisation as text) is null or a.organisation ilike '%' || :organisation || '%')"
            + " and (cast(:status as text) is null or a.status = :status)"
            + " and (cast(:source as text) is null or a.funding_source = :source)"
            + " and (cast(:plan as bigint) is null or a.plan_id = :plan)"
            + " and (cast(:kind as text) is null or (:kind = 'PLAN') = (a.plan_id is not null))"
            + " and (cast(:from as date) is null or a.end_date >= :from)"
            + " and (cast(:to as date) is null or a.start_date <= :to)";

    private final JdbcClient jdbc;

    public ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A filter of the list; {@code from}/{@code to} keep activities whose timeline overlaps them. */
    public record Filter(
            String framework,
            String version,
            String objective,
            String jurisdiction,
            String organisation,
            Activity.Status status,
            Activity.Source source,
            Long plan,
            String kind,
            LocalDate from,
            LocalDate to) {}

    public List<Activity> list(Filter f, Scope scope, int page, int size) {
        return bind(
                        jdbc.sql(
                                SELECT + FILTER
                                        + " order by a.jurisdiction_code, a.objective_code, a.start_date, a.id limit :size offset :offset"),
                        f,
                        scope)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(ActivityRepository::row)
                .list();
    }

    public long count(Filter f, Scope scope) {
        return bind(
                        jdbc.sql(
                                "select count(*) from activity a left join action_plan p on p.id = a.plan_id" + FILTER),
                        f,
                        scope)
                .query(Long.class)
                .single();
    }

    /** Every matching activity, handed over one at a time as it is read (exports never hold the list). */
    public void forEach(Filter f, Scope scope, Consumer<Activity> sink) {
        bind(
                        jdbc.sql(SELECT + FILTER
                                + " order by a.jurisdiction_code, a.objective_code, a.start_date, a.id"),
                        f,
                        scope)
                .query(rs -> {
                    sink.accept(row(rs, 0));
                });
    }

    /** How many visible, not cancelled activities support each objective in each jurisdiction: one query. */
    public Map<String, Long> counts(String framework, String version, LocalDate from, LocalDate to, Scope scope) {
        var counts = new HashMap<String, Long>();
        jdbc.sql("select a.objective_code, a.jurisdiction_code, count(*)"
                        + " from activity a left join action_plan p on p.id = a.plan_id where " + Scope.VISIBLE
                        + " and a.framework_code = :framework and a.version = :version and a.status <> 'CANCELLED'"
                        + " and (cast(:from as date) is null or a.end_date >= :from)"
                        + " and (cast(:to as date) is null or a.start_date <= :to)"
                        + " group by a.objective_code, a.jurisdiction_code")
                .param("everyone", scope.everyone())
                .param("mine", scope.mineText())
                .param("framework", framework)
                .param("version", version)
                .param("from", date(from))
                .param("to", date(to))
                .query(rs -> {
                    counts.put(key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    public static String key(String objective, String jurisdiction) {
        return objective + "|" + jurisdiction;
    }

    /** The activity whatever the scope, with whether its plan is approved (for the caller's own check). */
    public Optional<Activity> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query(ActivityRepository::row)
                .optional();
    }

    /** A plan's activities whose timeline overlaps the span, in a stable order. */
    public List<Activity> ofPlan(long plan, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where a.plan_id = ? and a.end_date >= ? and a.start_date <= ?"
                        + " order by a.objective_code, a.start_date, a.id")
                .params(plan, Date.valueOf(from), Date.valueOf(to))
                .query(ActivityRepository::row)
                .list();
    }

    public long insert(Activity a, String actor, Instant now) {
        var params = new ArrayList<Object>(Arrays.asList(a.plan(), a.framework(), a.version()));
        params.addAll(described(a));
        params.addAll(List.of(a.demo(), actor, Timestamp.from(now), Timestamp.from(now)));
        return jdbc.sql("""
                insert into activity (plan_id, framework_code, version, objective_code, jurisdiction_code,
                  organisation, title, start_date, end_date, budget_amount, budget_currency, funding_source, funder,
                  fund_code, project_code, status, demo, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""").params(params).query(Long.class).single();
    }

    public void update(long id, Activity a, Instant now) {
        var params = new ArrayList<Object>(described(a));
        params.addAll(List.of(Timestamp.from(now), id));
        jdbc.sql("""
                update activity set objective_code = ?, jurisdiction_code = ?, organisation = ?, title = ?,
                  start_date = ?, end_date = ?, budget_amount = ?, budget_currency = ?, funding_source = ?, funder = ?,
                  fund_code = ?, project_code = ?, status = ?, updated_at = ?
                where id = ?""").params(params).update();
    }

    /** What a user describes of an activity, in column order from objective_code to status. */
    private static List<Object> described(Activity a) {
        return Arrays.asList(
                a.objective(),
                a.jurisdiction(),
                a.organisation(),
                a.title(),
                Date.valueOf(a.start()),
                Date.valueOf(a.end()),
                a.budget() == null ? null : a.budget().amount(),
                a.budget() == null ? null : a.budget().currency(),
                a.funding().source().name(),
                a.funding().funder(),
                a.funding().fund(),
                a.funding().project(),
                a.status().name());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f, Scope scope) {
        return spec.param("everyone", scope.everyone())
                .param("mine", scope.mineText())
                .param("framework", f.framework())
                .param("version", f.version())
                .param("objective", f.objective())
                .param("jurisdiction", f.jurisdiction())
                .param("organisation", f.organisation())
                .param("status", f.status() == null ? null : f.status().name())
                .param("source", f.source() == null ? null : f.source().name())
                .param("plan", f.plan())
                .param("kind", f.kind())
                .param("from", date(f.from()))
                .param("to", date(f.to()));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static Activity row(ResultSet rs, int i) throws SQLException {
        long plan = rs.getLong("plan_id");
        Long planId = rs.wasNull() ? null : plan;
        var amount = rs.getBigDecimal("budget_amount");
        return new Activity(
                rs.getLong("id"),
                planId,
                rs.getString("framework_code"),
                rs.getString("version"),
                rs.getString("objective_code"),
                rs.getString("jurisdiction_code"),
                rs.getString("organisation"),
                rs.getString("title"),
                rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(),
                amount == null ? null : Money.of(amount, rs.getString("budget_currency")),
                new Activity.Funding(
                        Activity.Source.valueOf(rs.getString("funding_source")),
                        rs.getString("funder"),
                        rs.getString("fund_code"),
                        rs.getString("project_code")),
                Activity.Status.valueOf(rs.getString("status")),
                rs.getBoolean("demo"));
    }
}
