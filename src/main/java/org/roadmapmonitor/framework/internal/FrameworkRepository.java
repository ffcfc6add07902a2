package org.roadmapmonitor.framework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Baseline;
import org.roadmapmonitor.framework.FrameworkDocument.Crosswalk;
import org.roadmapmonitor.framework.FrameworkDocument.Dimension;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Level;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;
import org.roadmapmonitor.framework.FrameworkDocument.Target;
import org.roadmapmonitor.framework.FrameworkDocument.Validation;
import org.roadmapmonitor.framework.FrameworkSummary;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.shared.PeriodType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores framework documents in normalised tables. Saving matches objectives and indicators by code, so an
 * edited version keeps the row identities that reported values will point at.
 */
@Repository
public class FrameworkRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public FrameworkRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<FrameworkSummary> summaries() {
        record Row(
                long frameworkId,
                FrameworkSummary.VersionSummary summary,
                String description,
                Vocabulary.ObjectiveLabel label,
                String region,
                PeriodType periodType) {}
        Map<Long, List<Row>> versions = new HashMap<>();
        jdbc.sql("""
                select v.framework_id, v.version, v.title, v.status, v.start_year, v.end_year, v.revision,
                  v.description, v.objective_label, v.region_code, v.reporting_period_type,
                  (select count(*) from objective o where o.framework_version_id = v.id) as objectives,
                  (select count(*) from indicator i where i.framework_version_id = v.id) as indicators
                from framework_version v
                order by v.start_year desc nulls last, v.version desc""").query(rs -> {
            versions.computeIfAbsent(rs.getLong("framework_id"), k -> new ArrayList<>())
                    .add(new Row(
                            rs.getLong("framework_id"),
                            new FrameworkSummary.VersionSummary(
                                    rs.getString("version"),
                                    rs.getString("title"),
                                    Vocabulary.VersionStatus.valueOf(rs.getString("status")),
                                    integer(rs, "start_year"),
                                    integer(rs, "end_year"),
                                    rs.getInt("objectives"),
                                    rs.getInt("indicators"),
                                    rs.getLong("revision"),
                                    PeriodType.valueOf(rs.getString("reporting_period_type"))),
                            rs.getString("description"),
                            Vocabulary.ObjectiveLabel.valueOf(rs.getString("objective_label")),
                            rs.getString("region_code"),
                            PeriodType.valueOf(rs.getString("reporting_period_type"))));
        });
        return jdbc.sql("select id, code, name from framework order by name")
                .query((rs, i) -> {
                    List<Row> rows = versions.getOrDefault(rs.getLong("id"), List.of());
                    // The framework is described by its current version: the newest active one, else the newest.
                    Row current = rows.stream()
                            .filter(r -> r.summary().status() == Vocabulary.VersionStatus.ACTIVE)
                            .findFirst()
                            .orElse(rows.isEmpty() ? null : rows.get(0));
                    return new FrameworkSummary(
                            rs.getString("code"),
                            rs.getString("name"),
                            current == null ? null : current.description(),
                            current == null ? Vocabulary.ObjectiveLabel.GOAL : current.label(),
                            current == null ? null : current.region(),
                            current == null ? PeriodType.YEARLY : current.periodType(),
                            rows.stream().map(Row::summary).toList());
                })
                .list();
    }

    /** Locks the version row until the transaction ends, so that two saves cannot both pass the revision check. */
    public Optional<Long> lockRevision(String code, String version) {
        return jdbc.sql("""
                select v.revision from framework_version v join framework f on f.id = v.framework_id
                where f.code = ? and v.version = ? for update of v""").params(code, version).query(Long.class).optional();
    }

    public Optional<Long> versionRevision(String code, String version) {
        return jdbc.sql("""
                select v.revision from framework_version v join framework f on f.id = v.framework_id
                where f.code = ? and v.version = ?""").params(code, version).query(Long.class).optional();
    }

    public Optional<FrameworkDocument> load(String code, String version) {
        record Head(long versionId, FrameworkDocument doc) {}
        Optional<Head> head = jdbc.sql("""
                select v.id as version_id, f.code, f.name, v.description, v.objective_label, v.region_code,
                       v.reporting_period_type, v.version, v.title, v.start_year, v.end_year, v.status, v.source,
                       v.dimensions::text as dimensions, v.report_kinds::text as report_kinds
                from framework f join framework_version v on v.framework_id = f.id
                where f.code = ? and v.version = ?""")
                .params(code, version)
                .query((rs, i) -> new Head(
                        rs.getLong("version_id"),
                        new FrameworkDocument(
                                FrameworkDocument.FORMAT,
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("description"),
                                Vocabulary.ObjectiveLabel.valueOf(rs.getString("objective_label")),
                                rs.getString("region_code"),
                                PeriodType.valueOf(rs.getString("reporting_period_type")),
                                rs.getString("version"),
                                rs.getString("title"),
                                integer(rs, "start_year"),
                                integer(rs, "end_year"),
                                Vocabulary.VersionStatus.valueOf(rs.getString("status")),
                                rs.getString("source"),
                                json.readValue(rs.getString("dimensions"), new TypeReference<List<Dimension>>() {}),
                                List.of(),
                                rs.getString("report_kinds") == null
                                        ? null
                                        : json.readValue(
                                                rs.getString("report_kinds"),
                                                new TypeReference<
                                                        List<org.roadmapmonitor.framework.ReportKind>>() {}))))
                .optional();
        return head.map(h -> h.doc().withObjectives(objectives(h.versionId())));
    }

    private List<Objective> objectives(long versionId) {
        Map<Long, List<Indicator>> byObjective = new LinkedHashMap<>();
        Map<Long, List<Baseline>> baselines = new HashMap<>();
        Map<Long, List<Target>> targets = new HashMap<>();
        Map<Long, List<Crosswalk>> crosswalks = new HashMap<>();
        jdbc.sql("""
                select b.indicator_id, b.jurisdiction_code, b.year, b.value from indicator_baseline b
                join indicator i on i.id = b.indicator_id where i.framework_version_id = ?
                order by b.jurisdiction_code""").param(versionId).query(rs -> {
            baselines
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Baseline(rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)));
        });
        jdbc.sql("""
                select t.indicator_id, t.jurisdiction_code, t.year, t.value from indicator_target t
                join indicator i on i.id = t.indicator_id where i.framework_version_id = ?
                order by t.jurisdiction_code, t.year""").param(versionId).query(rs -> {
            targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Target(rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)));
        });
        jdbc.sql("""
                select c.indicator_id, c.framework_code, c.indicator_code, c.relation, c.note, c.version from indicator_crosswalk c
                join indicator i on i.id = c.indicator_id where i.framework_version_id = ?
                order by c.framework_code, c.indicator_code""").param(versionId).query(rs -> {
            crosswalks
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Crosswalk(
                            rs.getString(2),
                            rs.getString(3),
                            Vocabulary.CrosswalkRelation.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getString(6)));
        });
        jdbc.sql("""
                select id, objective_id, code, title, definition, type, unit, aggregation, aggregation_condition,
                       levels::text as levels, disaggregations::text as disaggregations, value_source, formula,
                       data_source, frequency, official_wording, validation::text as validation
                from indicator where framework_version_id = ? order by position""").param(versionId).query(rs -> {
            long id = rs.getLong("id");
            byObjective
                    .computeIfAbsent(rs.getLong("objective_id"), k -> new ArrayList<>())
                    .add(indicator(
                            rs,
                            baselines.getOrDefault(id, List.of()),
                            targets.getOrDefault(id, List.of()),
                            crosswalks.getOrDefault(id, List.of())));
        });
        return jdbc.sql("""
                select id, code, number, title, description, target_year, official_wording, actions::text as actions
                from objective where framework_version_id = ? order by position""")
                .param(versionId)
                .query((rs, i) -> new Objective(
                        rs.getString("code"),
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getString("description"),
                        integer(rs, "target_year"),
                        rs.getBoolean("official_wording"),
                        byObjective.getOrDefault(rs.getLong("id"), List.of()),
                        actions(rs.getString("actions"))))
                .list();
    }

    private Indicator indicator(
            ResultSet rs, List<Baseline> baselines, List<Target> targets, List<Crosswalk> crosswalks)
            throws SQLException {
        String frequency = rs.getString("frequency");
        return new Indicator(
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("definition"),
                Vocabulary.IndicatorType.valueOf(rs.getString("type")),
                rs.getString("unit"),
                Vocabulary.Aggregation.valueOf(rs.getString("aggregation")),
                rs.getString("aggregation_condition"),
                json.readValue(rs.getString("levels"), new TypeReference<List<Level>>() {}),
                json.readValue(rs.getString("disaggregations"), new TypeReference<List<String>>() {}),
                Vocabulary.ValueSource.valueOf(rs.getString("value_source")),
                rs.getString("formula"),
                rs.getString("data_source"),
                frequency == null ? null : PeriodType.valueOf(frequency),
                rs.getBoolean("official_wording"),
                json.readValue(rs.getString("validation"), Validation.class),
                baselines,
                targets,
                crosswalks);
    }

    /** Creates or replaces one version; returns its new revision. */
    public long save(FrameworkDocument d) {
        long frameworkId =
                jdbc.sql("""
                insert into framework (code, name) values (?, ?)
                on conflict (code) do update set name = excluded.name, updated_at = now()
                returning id""").params(d.code(), d.name()).query(Long.class).single();
        record Saved(long id, long revision) {}
        Saved version = jdbc.sql("""
                insert into framework_version (framework_id, version, title, description, objective_label, region_code,
                  reporting_period_type, start_year, end_year, status, source, dimensions, report_kinds)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                on conflict (framework_id, version) do update set title = excluded.title,
                  description = excluded.description, objective_label = excluded.objective_label,
                  region_code = excluded.region_code, reporting_period_type = excluded.reporting_period_type,
                  start_year = excluded.start_year, end_year = excluded.end_year, status = excluded.status,
                  source = excluded.source, dimensions = excluded.dimensions, report_kinds = excluded.report_kinds,
                  updated_at = now(),
                  revision = framework_version.revision + 1
                returning id, revision""")
                .params(
                        frameworkId,
                        d.version(),
                        d.versionTitle(),
                        d.description(),
                        d.objectiveLabel().name(),
                        d.region(),
                        d.reportingPeriodType().name(),
                        d.startYear(),
                        d.endYear(),
                        d.status().name(),
                        d.source(),
                        json.writeValueAsString(d.dimensions()),
                        d.reportKinds() == null ? null : json.writeValueAsString(d.reportKinds()))
                .query((rs, i) -> new Saved(rs.getLong(1), rs.getLong(2)))
                .single();
        saveContent(version.id(), d.objectives());
        return version.revision();
    }

    private List<FrameworkDocument.Action> actions(String stored) {
        return json.readValue(stored, new TypeReference<List<FrameworkDocument.Action>>() {});
    }

    private void saveContent(long versionId, List<Objective> objectives) {
        List<String> objectiveCodes = new ArrayList<>();
        List<String> indicatorCodes = new ArrayList<>();
        int indicatorPosition = 0;
        for (int o = 0; o < objectives.size(); o++) {
            Objective obj = objectives.get(o);
            objectiveCodes.add(obj.code());
            long objectiveId = jdbc.sql("""
                    insert into objective (framework_version_id, code, number, title, description, target_year,
                                           official_wording, position, actions)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                    on conflict (framework_version_id, code) do update set number = excluded.number,
                      title = excluded.title, description = excluded.description, target_year = excluded.target_year,
                      official_wording = excluded.official_wording, position = excluded.position,
                      actions = excluded.actions
                    returning id""")
                    .params(
                            versionId,
                            obj.code(),
                            obj.number(),
                            obj.title(),
                            obj.description(),
                            obj.targetYear(),
                            obj.officialWording(),
                            o,
                            json.writeValueAsString(obj.actions()))
                    .query(Long.class)
                    .single();
            for (Indicator ind : obj.indicators()) {
                indicatorCodes.add(ind.code());
                saveIndicator(versionId, objectiveId, ind, indicatorPosition++);
            }
        }
        jdbc.sql("delete from indicator where framework_version_id = ? and not (code = any(?))")
                .params(versionId, indicatorCodes.toArray(String[]::new))
                .update();
        jdbc.sql("delete from objective where framework_version_id = ? and not (code = any(?))")
                .params(versionId, objectiveCodes.toArray(String[]::new))
                .update();
    }

    private void saveIndicator(long versionId, long objectiveId, Indicator i, int position) {
        long id = jdbc.sql("""
                insert into indicator (framework_version_id, objective_id, code, title, definition, type, unit,
                  aggregation, aggregation_condition, levels, disaggregations, value_source, formula, data_source,
                  frequency, official_wording, validation, position)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                on conflict (framework_version_id, code) do update set objective_id = excluded.objective_id,
                  title = excluded.title, definition = excluded.definition, type = excluded.type, unit = excluded.unit,
                  aggregation = excluded.aggregation, aggregation_condition = excluded.aggregation_condition,
                  levels = excluded.levels, disaggregations = excluded.disaggregations,
                  value_source = excluded.value_source, formula = excluded.formula, data_source = excluded.data_source,
                  frequency = excluded.frequency, official_wording = excluded.official_wording,
                  validation = excluded.validation, position = excluded.position
                returning id""")
                .params(
                        versionId,
                        objectiveId,
                        i.code(),
                        i.title(),
                        i.definition(),
                        i.type().name(),
                        i.unit(),
                        i.aggregation().name(),
                        i.aggregationCondition(),
                        json.writeValueAsString(i.levels()),
                        json.writeValueAsString(i.disaggregations()),
                        i.valueSource().name(),
                        i.formula(),
                        i.dataSource(),
                        i.frequency() == null ? null : i.frequency().name(),
                        i.officialWording(),
                        json.writeValueAsString(i.validation()),
                        position)
                .query(Long.class)
                .single();
        jdbc.sql("delete from indicator_baseline where indicator_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from indicator_target where indicator_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from indicator_crosswalk where indicator_id = ?")
                .param(id)
                .update();
        for (Baseline b : i.baselines()) {
            jdbc.sql(
                            "insert into indicator_baseline (indicator_id, jurisdiction_code, year, value) values (?, ?, ?, ?)")
                    .params(id, b.jurisdiction(), b.year(), b.value())
                    .update();
        }
        for (Target t : i.targets()) {
            jdbc.sql("insert into indicator_target (indicator_id, jurisdiction_code, year, value) values (?, ?, ?, ?)")
                    .params(id, t.jurisdiction(), t.year(), t.value())
                    .update();
        }
        for (Crosswalk c : i.crosswalks()) {
            jdbc.sql("""
                    insert into indicator_crosswalk (indicator_id, framework_code, indicator_code, relation, note, version)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, c.framework(), c.indicator(), c.relation().name(), c.note(), c.version())
                    .update();
        }
    }

    public boolean approvalRequired(String code) {
        return jdbc.sql("select jurisdiction_approval from framework where code = ?")
                .param(code)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void setApprovalRequired(String code, boolean required) {
        jdbc.sql("update framework set jurisdiction_approval = ?, updated_at = now() where code = ?")
                .params(required, code)
                .update();
    }

    public boolean versionExists(String code, String version) {
        return versionRevision(code, version).isPresent();
    }

    public boolean frameworkExists(String code) {
        return jdbc.sql("select count(*) from framework where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Indicators in any framework that link to the given indicator. */
    public List<Map<String, Object>> incomingCrosswalks(String frameworkCode, String indicatorCode, String version) {
        return jdbc.sql("""
                select f.code as framework, v.version, i.code as indicator, i.title, c.relation
                from indicator_crosswalk c join indicator i on i.id = c.indicator_id
                join framework_version v on v.id = i.framework_version_id join framework f on f.id = v.framework_id
                where c.framework_code = ? and c.indicator_code = ? and (c.version is null or c.version = ?)
                order by f.code, v.version, i.code""")
                .params(frameworkCode, indicatorCode, version)
                .query()
                .listOfRows();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
