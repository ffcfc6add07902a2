package org.roadmapmonitor.framework;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.roadmapmonitor.framework.Vocabulary.Aggregation;
import org.roadmapmonitor.framework.Vocabulary.CrosswalkRelation;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.framework.Vocabulary.ObjectiveLabel;
import org.roadmapmonitor.framework.Vocabulary.ValueSource;
import org.roadmapmonitor.framework.Vocabulary.VersionStatus;
import org.roadmapmonitor.shared.PeriodType;

/**
 * One version of a framework as a whole: the API's response body, the import and export file, and the
 * shape the pages edit. Decimal values travel as strings so that no client rounds them through binary
 * floating point. The format is described in docs/framework-document.md.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "code", "name", "description", "objectiveLabel", "region", "reportingPeriodType"})
public record FrameworkDocument(
        String format,
        String code,
        String name,
        String description,
        ObjectiveLabel objectiveLabel,
        String region,
        PeriodType reportingPeriodType,
        String version,
        String versionTitle,
        Integer startYear,
        Integer endYear,
        VersionStatus status,
        String source,
        List<Dimension> dimensions,
        List<Objective> objectives,
        List<ReportKind> reportKinds) {

    public static final String FORMAT = "roadmap-monitor/framework@1";

    public record Dimension(String code, String name, List<Category> categories) {}

    public record Category(String code, String name) {}

    /**
     * A top-level objective; a framework whose objectives are carried out through numbered actions (the EU
     * Action Plan's "Action 1.1 – KPI 1") lists them between the objective and its indicators.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Objective(
            String code,
            Integer number,
            String title,
            String description,
            Integer targetYear,
            boolean officialWording,
            List<Indicator> indicators,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Action> actions) {
        public Objective {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        /** An objective without actions, as most frameworks have. */
        public Objective(
                String code,
                Integer number,
                String title,
                String description,
                Integer targetYear,
                boolean officialWording,
                List<Indicator> indicators) {
            this(code, number, title, description, targetYear, officialWording, indicators, List.of());
        }

        /** The same objective with another list of actions. */
        public Objective withActions(List<Action> replacement) {
            return new Objective(
                    code, number, title, description, targetYear, officialWording, indicators, replacement);
        }
    }

    /**
     * An action of an objective, tagged with the indicators that measure it (codes of this version's
     * indicators), e.g. Action 1.1 of the EU Action Plan with KPI 1.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String code, String title, boolean officialWording, List<String> indicators) {
        public Action {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(
            String code,
            String title,
            String definition,
            IndicatorType type,
            String unit,
            Aggregation aggregation,
            String aggregationCondition,
            List<Level> levels,
            List<String> disaggregations,
            ValueSource valueSource,
            String formula,
            String dataSource,
            PeriodType frequency,
            boolean officialWording,
            Validation validation,
            List<Baseline> baselines,
            List<Target> targets,
            List<Crosswalk> crosswalks) {}

    public record Level(int value, String label) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Validation(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal min,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal max,
            boolean required,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal maxChangePercent) {
        public static final Validation NONE = new Validation(null, null, false, null);
    }

    public record Baseline(
            String jurisdiction,
            int year,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value) {}

    public record Target(
            String jurisdiction,
            int year,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Crosswalk(
            String framework, String indicator, CrosswalkRelation relation, String note, String version) {}

    /** The same version with other objectives (and their indicators). */
    public FrameworkDocument withObjectives(List<Objective> replacement) {
        return new FrameworkDocument(
                format,
                code,
                name,
                description,
                objectiveLabel,
                region,
                reportingPeriodType,
                version,
                versionTitle,
                startYear,
                endYear,
                status,
                source,
                dimensions,
                replacement,
                reportKinds);
    }

    /** The same content as a draft of another version code, e.g. to prepare Roadmap 2035 from 2030. */
    public FrameworkDocument asDraft(String newVersion) {
        return new FrameworkDocument(
                format,
                code,
                name,
                description,
                objectiveLabel,
                region,
                reportingPeriodType,
                newVersion,
                versionTitle,
                startYear,
                endYear,
                VersionStatus.DRAFT,
                source,
                dimensions,
                objectives,
                reportKinds);
    }

    /** The document stamped with the format it is stored in. */
    public FrameworkDocument withFormat() {
        return FORMAT.equals(format)
                ? this
                : new FrameworkDocument(
                        FORMAT,
                        code,
                        name,
                        description,
                        objectiveLabel,
                        region,
                        reportingPeriodType,
                        version,
                        versionTitle,
                        startYear,
                        endYear,
                        status,
                        source,
                        dimensions,
                        objectives,
                        reportKinds);
    }

    /** The kinds of report this version collects: those it names, else one per period type it reports by. */
    public List<ReportKind> kinds() {
        return reportKinds == null || reportKinds.isEmpty() ? ReportKind.defaults(reportingPeriodType) : reportKinds;
    }

    /** The kind of report for periods of this type, if the version collects one. */
    public Optional<ReportKind> kindFor(PeriodType type) {
        return kinds().stream().filter(k -> k.periodType() == type).findFirst();
    }

    public Stream<Indicator> indicators() {
        return objectives.stream().flatMap(o -> o.indicators().stream());
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    public Optional<Objective> objective(String objectiveCode) {
        return objectives.stream().filter(o -> o.code().equals(objectiveCode)).findFirst();
    }

    public Optional<Objective> objectiveOf(String indicatorCode) {
        return objectives.stream()
                .filter(o -> o.indicators().stream().anyMatch(i -> i.code().equals(indicatorCode)))
                .findFirst();
    }
}
