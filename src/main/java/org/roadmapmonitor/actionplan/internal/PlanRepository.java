package org.roadmapmonitor.actionplan.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.actionplan.ActionPlan;
import org.roadmapmonitor.actionplan.ActionPlan.NationalIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Action plans and their national indicators. */
@Repository
public class PlanRepository {
    private static final String COLUMNS = "p.id, p.framework_code, p.version, p.jurisdiction_code, p.title, p.status,"
            + " p.adopted_on, p.gender_notes, p.demo";
    private final JdbcClient jdbc;

    public PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a plan row holds, before its indicators are attached. */
    public record Row(
            long id,
            String framework,
            String version,
            String jurisdiction,
            String title,
            ActionPlan.Status status,
            LocalDate adoptedOn,
            String genderNotes,
            boolean demo) {
        public ActionPlan with(List<NationalIndicator> indicators) {
            return new ActionPlan(
                    id, framework, version, jurisdiction, title, status, adoptedOn, genderNotes, demo, indicators);
        }
    }

    public long insert(Row p, String actor, Instant now) {
        return jdbc.sql("""
                insert into action_plan (framework_code, version, jurisdiction_code, title, status, adopted_on,
                  gender_notes, demo, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        p.framework(),
                        p.version(),
                        p.jurisdiction(),
                        p.title(),
                        p.status().name(),
                        date(p.adoptedOn()),
                        p.genderNotes(),
                        p.demo(),
                        actor,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public void update(
            long id, String title, ActionPlan.Status status, LocalDate adoptedOn, String notes, Instant now) {
        jdbc.sql("""
                update action_plan set title = ?, status = ?, adopted_on = ?, gender_notes = ?, updated_at = ?
                where id = ?""")
                .params(title, status.name(), date(adoptedOn), notes, Timestamp.from(now), id)
                .update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from action_plan p where p.id = ?")
                .param(id)
                .query(PlanRepository::row)
                .optional();
    }

    public Optional<Row> find(String framework, String version, String jurisdiction) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from action_plan p where p.framework_code = ? and p.version = ? and p.jurisdiction_code = ?")
                .params(framework, version, jurisdiction)
                .query(PlanRepository::row)
                .optional();
    }

    /** The plans this scope may see, filtered by framework and jurisdiction when given. */
    public List<Row> list(String framework, String jurisdiction, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from action_plan p"
                        + " where (cast(:framework as text) is null or p.framework_code = :framework)"
                        + " and (cast(:jurisdiction as text) is null or p.jurisdiction_code = :jurisdiction)"
                        + " and (p.status = 'APPROVED' or :everyone"
                        + " or p.jurisdiction_code = any(string_to_array(:mine, ',')))"
                        + " order by p.framework_code, p.version desc, p.jurisdiction_code")
                .param("framework", framework)
                .param("jurisdiction", jurisdiction)
                .param("everyone", scope.everyone())
                .param("mine", scope.mineText())
                .query(PlanRepository::row)
                .list();
    }

    /** The national indicators of these plans, by plan, each with the KPIs it feeds: one query. */
    public Map<Long, List<NationalIndicator>> indicators(List<Long> plans) {
        var byPlan = new HashMap<Long, Map<Long, NationalIndicator>>();
        if (plans.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                select n.plan_id, n.id, n.code, n.title, n.unit, k.indicator_code
                from national_indicator n left join national_indicator_kpi k on k.national_indicator_id = n.id
                where n.plan_id = any(string_to_array(:plans, ',')::bigint[])
                order by n.plan_id, n.code, k.indicator_code""")
                .param(
                        "plans",
                        String.join(",", plans.stream().map(String::valueOf).toList()))
                .query(rs -> {
                    var ofPlan = byPlan.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>());
                    var n = ofPlan.computeIfAbsent(
                            rs.getLong(2),
                            k -> new NationalIndicator(k, get(rs, 3), get(rs, 4), get(rs, 5), new ArrayList<>()));
                    String kpi = rs.getString(6);
                    if (kpi != null) {
                        n.feeds().add(kpi);
                    }
                });
        var result = new HashMap<Long, List<NationalIndicator>>();
        byPlan.forEach((plan, list) -> result.put(plan, List.copyOf(list.values())));
        return result;
    }

    public boolean indicatorExists(long plan, String code) {
        return jdbc.sql("select count(*) from national_indicator where plan_id = ? and code = ?")
                        .params(plan, code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insertIndicator(long plan, String code, String title, String unit, List<String> feeds) {
        long id = jdbc.sql(
                        "insert into national_indicator (plan_id, code, title, unit) values (?, ?, ?, ?) returning id")
                .params(plan, code, title, unit)
                .query(Long.class)
                .single();
        for (String kpi : feeds) {
            jdbc.sql("insert into national_indicator_kpi (national_indicator_id, indicator_code) values (?, ?)")
                    .params(id, kpi)
                    .update();
        }
        return id;
    }

    private static String get(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static Row row(ResultSet rs, int i) throws SQLException {
        Date adopted = rs.getDate("adopted_on");
        return new Row(
                rs.getLong("id"),
                rs.getString("framework_code"),
                rs.getString("version"),
                rs.getString("jurisdiction_code"),
                rs.getString("title"),
                ActionPlan.Status.valueOf(rs.getString("status")),
                adopted == null ? null : adopted.toLocalDate(),
                rs.getString("gender_notes"),
                rs.getBoolean("demo"));
    }
}
