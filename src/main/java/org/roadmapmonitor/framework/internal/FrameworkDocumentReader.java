package org.roadmapmonitor.framework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Baseline;
import org.roadmapmonitor.framework.FrameworkDocument.Category;
import org.roadmapmonitor.framework.FrameworkDocument.Crosswalk;
import org.roadmapmonitor.framework.FrameworkDocument.Dimension;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Level;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;
import org.roadmapmonitor.framework.FrameworkDocument.Target;
import org.roadmapmonitor.framework.FrameworkDocument.Validation;
import org.roadmapmonitor.framework.ReportKind;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.shared.PeriodType;
import org.roadmapmonitor.shared.Problem;
import tools.jackson.databind.JsonNode;

/** Turns a JSON tree into a {@link FrameworkDocument}, listing every structural problem with its path. */
public final class FrameworkDocumentReader {
    private static final Set<String> TOP = Set.of(
            "format",
            "code",
            "name",
            "description",
            "objectiveLabel",
            "region",
            "reportingPeriodType",
            "version",
            "versionTitle",
            "startYear",
            "endYear",
            "status",
            "source",
            "dimensions",
            "objectives",
            "reportKinds");
    private static final Set<String> OBJECTIVE =
            Set.of("code", "number", "title", "description", "targetYear", "officialWording", "indicators", "actions");
    private static final Set<String> ACTION = Set.of("code", "title", "officialWording", "indicators");
    private static final Set<String> INDICATOR = Set.of(
            "code",
            "title",
            "definition",
            "type",
            "unit",
            "aggregation",
            "aggregationCondition",
            "levels",
            "disaggregations",
            "valueSource",
            "formula",
            "dataSource",
            "frequency",
            "officialWording",
            "validation",
            "baselines",
            "targets",
            "crosswalks");

    public record Result(FrameworkDocument document, List<Problem> problems) {}

    private final List<Problem> problems = new ArrayList<>();
    private final NodeReader r = new NodeReader(problems);

    private FrameworkDocumentReader() {}

    public static Result read(JsonNode root) {
        var reader = new FrameworkDocumentReader();
        FrameworkDocument doc = reader.document(root);
        return new Result(doc, List.copyOf(reader.problems));
    }

    private FrameworkDocument document(JsonNode n) {
        if (!r.object(n, "", TOP)) {
            return null;
        }
        return new FrameworkDocument(
                r.text(n, "", "format", false),
                r.text(n, "", "code", true),
                r.text(n, "", "name", true),
                r.text(n, "", "description", false),
                r.enumeration(n, "", "objectiveLabel", Vocabulary.ObjectiveLabel.class, true),
                r.text(n, "", "region", false),
                r.enumeration(n, "", "reportingPeriodType", PeriodType.class, true),
                r.text(n, "", "version", true),
                r.text(n, "", "versionTitle", false),
                r.integer(n, "", "startYear", false),
                r.integer(n, "", "endYear", false),
                r.enumeration(n, "", "status", Vocabulary.VersionStatus.class, true),
                r.text(n, "", "source", false),
                r.array(n, "", "dimensions", this::dimension),
                r.array(n, "", "objectives", this::objective),
                n.has("reportKinds") ? r.array(n, "", "reportKinds", this::reportKind) : null);
    }

    private ReportKind reportKind(JsonNode n, String p) {
        if (!r.object(n, p, Set.of("code", "name", "periodType", "contents", "windowDays"))) {
            return null;
        }
        var contents = new ArrayList<ReportKind.Section>();
        var names = r.strings(n, p, "contents");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            var section = java.util.Arrays.stream(ReportKind.Section.values())
                    .filter(s -> s.name().equals(name))
                    .findFirst();
            if (section.isPresent()) {
                contents.add(section.get());
            } else {
                problems.add(Problem.at(
                        NodeReader.join(p, "contents") + "[" + i + "]",
                        "framework.problem.oneOf",
                        List.of(ReportKind.Section.values())));
            }
        }
        return new ReportKind(
                r.text(n, p, "code", true),
                r.text(n, p, "name", true),
                r.enumeration(n, p, "periodType", PeriodType.class, true),
                List.copyOf(contents),
                r.integer(n, p, "windowDays", false));
    }

    private Dimension dimension(JsonNode n, String p) {
        if (!r.object(n, p, Set.of("code", "name", "categories"))) {
            return null;
        }
        return new Dimension(
                r.text(n, p, "code", true),
                r.text(n, p, "name", true),
                r.array(
                        n,
                        p,
                        "categories",
                        (c, cp) -> r.object(c, cp, Set.of("code", "name"))
                                ? new Category(r.text(c, cp, "code", true), r.text(c, cp, "name", true))
                                : null));
    }

    private Objective objective(JsonNode n, String p) {
        if (!r.object(n, p, OBJECTIVE)) {
            return null;
        }
        return new Objective(
                r.text(n, p, "code", true),
                r.integer(n, p, "number", true),
                r.text(n, p, "title", true),
                r.text(n, p, "description", false),
                r.integer(n, p, "targetYear", false),
                r.bool(n, p, "officialWording"),
                r.array(n, p, "indicators", this::indicator),
                r.array(n, p, "actions", this::action));
    }

    private FrameworkDocument.Action action(JsonNode n, String p) {
        if (!r.object(n, p, ACTION)) {
            return null;
        }
        return new FrameworkDocument.Action(
                r.text(n, p, "code", true),
                r.text(n, p, "title", true),
                r.bool(n, p, "officialWording"),
                r.strings(n, p, "indicators"));
    }

    private Indicator indicator(JsonNode n, String p) {
        if (!r.object(n, p, INDICATOR)) {
            return null;
        }
        return new Indicator(
                r.text(n, p, "code", true),
                r.text(n, p, "title", true),
                r.text(n, p, "definition", false),
                r.enumeration(n, p, "type", Vocabulary.IndicatorType.class, true),
                r.text(n, p, "unit", false),
                r.enumeration(n, p, "aggregation", Vocabulary.Aggregation.class, true),
                r.text(n, p, "aggregationCondition", false),
                r.array(n, p, "levels", this::level),
                r.strings(n, p, "disaggregations"),
                r.enumeration(n, p, "valueSource", Vocabulary.ValueSource.class, true),
                r.text(n, p, "formula", false),
                r.text(n, p, "dataSource", false),
                r.enumeration(n, p, "frequency", PeriodType.class, false),
                r.bool(n, p, "officialWording"),
                validation(n.get("validation"), NodeReader.join(p, "validation")),
                r.array(n, p, "baselines", this::baseline),
                r.array(n, p, "targets", this::target),
                r.array(n, p, "crosswalks", this::crosswalk));
    }

    private Level level(JsonNode n, String p) {
        if (!r.object(n, p, Set.of("value", "label"))) {
            return null;
        }
        Integer value = r.integer(n, p, "value", true);
        String label = r.text(n, p, "label", true);
        return value == null ? null : new Level(value, label);
    }

    private Validation validation(JsonNode n, String p) {
        if (n == null || n.isNull()) {
            return Validation.NONE;
        }
        if (!r.object(n, p, Set.of("min", "max", "required", "maxChangePercent"))) {
            return Validation.NONE;
        }
        return new Validation(
                r.decimal(n, p, "min", false),
                r.decimal(n, p, "max", false),
                r.bool(n, p, "required"),
                r.decimal(n, p, "maxChangePercent", false));
    }

    private Baseline baseline(JsonNode n, String p) {
        if (!r.object(n, p, Set.of("jurisdiction", "year", "value"))) {
            return null;
        }
        String j = r.text(n, p, "jurisdiction", true);
        Integer year = r.integer(n, p, "year", true);
        var value = r.decimal(n, p, "value", true);
        return j == null || year == null || value == null ? null : new Baseline(j, year, value);
    }

    private Target target(JsonNode n, String p) {
        if (!r.object(n, p, Set.of("jurisdiction", "year", "value"))) {
            return null;
        }
        String j = r.text(n, p, "jurisdiction", true);
        Integer year = r.integer(n, p, "year", true);
        var value = r.decimal(n, p, "value", true);
        return j == null || year == null || value == null ? null : new Target(j, year, value);
    }

    private Crosswalk crosswalk(JsonNode n, String p) {
        if (!r.object(n, p, Set.of("framework", "indicator", "relation", "note", "version"))) {
            return null;
        }
        return new Crosswalk(
                r.text(n, p, "framework", true),
                r.text(n, p, "indicator", true),
                r.enumeration(n, p, "relation", Vocabulary.CrosswalkRelation.class, true),
                r.text(n, p, "note", false),
                r.text(n, p, "version", false));
    }
}
