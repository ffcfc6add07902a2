package org.roadmapmonitor.framework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Dimension;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;
import org.roadmapmonitor.framework.ReportKind;
import org.roadmapmonitor.framework.Vocabulary.Aggregation;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.framework.Vocabulary.ValueSource;
import org.roadmapmonitor.shared.PeriodType;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

/**
 * The rules a framework document must meet beyond its shape: unique codes, indicator types that fit their
 * aggregation, disaggregations that name declared dimensions, baselines and targets for known
 * jurisdictions. Every broken rule is reported; none stops the check.
 */
public final class FrameworkDocumentValidator {
    static final Pattern FRAMEWORK_CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{1,39}");
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    static final Pattern DIMENSION_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    static final Pattern CONDITION = Pattern.compile("(>=|<=|>|<|=)\\s*-?\\d+(\\.\\d+)?");
    static final Pattern FORMULA_REFERENCE = Pattern.compile("\\[([^\\]]+)]");
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private final Predicate<String> jurisdictionExists;
    private final Predicate<String> isRegion;
    private final List<Problem> problems = new ArrayList<>();

    private FrameworkDocumentValidator(Predicate<String> jurisdictionExists, Predicate<String> isRegion) {
        this.jurisdictionExists = jurisdictionExists;
        this.isRegion = isRegion;
    }

    /**
     * @param jurisdictionExists whether a jurisdiction code is known
     * @param isRegion whether a code names a region (a regional target of a COUNT_MEETING_CONDITION indicator
     *     counts jurisdictions, so it is not a value of the indicator's own scale)
     */
    public static List<Problem> validate(
            FrameworkDocument doc, Predicate<String> jurisdictionExists, Predicate<String> isRegion) {
        var v = new FrameworkDocumentValidator(jurisdictionExists, isRegion);
        v.document(doc);
        return List.copyOf(v.problems);
    }

    private void document(FrameworkDocument d) {
        required(d.code(), "code");
        required(d.name(), "name");
        required(d.objectiveLabel(), "objectiveLabel");
        required(d.reportingPeriodType(), "reportingPeriodType");
        required(d.version(), "version");
        required(d.status(), "status");
        if (d.format() != null && !FrameworkDocument.FORMAT.equals(d.format())) {
            add("format", "framework.problem.format", FrameworkDocument.FORMAT);
        }
        match(d.code(), FRAMEWORK_CODE, "code", "framework.problem.frameworkCode");
        match(d.version(), VERSION, "version", "framework.problem.version");
        if (d.name() != null && d.name().length() > 200) {
            add("name", "framework.problem.nameLength");
        }
        if (d.region() != null && !jurisdictionExists.test(d.region())) {
            add("region", "framework.problem.unknownJurisdiction", d.region());
        } else if (d.region() != null && !isRegion.test(d.region())) {
            add("region", "framework.problem.notARegion", d.region());
        }
        year(d.startYear(), "startYear");
        year(d.endYear(), "endYear");
        if (d.startYear() != null && d.endYear() != null && d.endYear() < d.startYear()) {
            add("endYear", "framework.problem.endYear");
        }
        reportKinds(d.reportKinds());
        Set<String> dimensions = dimensions(d.dimensions());
        if (d.objectives().isEmpty()) {
            add("objectives", "framework.problem.noObjective");
        }
        Set<String> indicatorCodes = new HashSet<>();
        d.indicators().forEach(i -> indicatorCodes.add(i.code()));
        Set<String> objectiveCodes = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        Set<String> seenIndicators = new HashSet<>();
        for (int o = 0; o < d.objectives().size(); o++) {
            Objective obj = d.objectives().get(o);
            String p = "objectives[" + o + "]";
            required(obj.code(), p + ".code");
            required(obj.number(), p + ".number");
            required(obj.title(), p + ".title");
            unique(objectiveCodes, obj.code(), p + ".code", "framework.thing.objectiveCode");
            match(obj.code(), ITEM_CODE, p + ".code", "framework.problem.itemCode");
            if (obj.number() != null && (obj.number() < 1 || !numbers.add(obj.number()))) {
                add(p + ".number", "framework.problem.objectiveNumber");
            }
            year(obj.targetYear(), p + ".targetYear");
            actions(obj, p, indicatorCodes);
            for (int i = 0; i < obj.indicators().size(); i++) {
                indicator(
                        obj.indicators().get(i),
                        p + ".indicators[" + i + "]",
                        dimensions,
                        seenIndicators,
                        indicatorCodes);
            }
        }
    }

    /** Each kind is picked by its period type, so no two kinds share one; each holds values, narratives or both. */
    private void reportKinds(List<ReportKind> kinds) {
        if (kinds == null) {
            return;
        }
        Set<String> codes = new HashSet<>();
        Set<PeriodType> types = new HashSet<>();
        for (int i = 0; i < kinds.size(); i++) {
            ReportKind k = kinds.get(i);
            String p = "reportKinds[" + i + "]";
            required(k.code(), p + ".code");
            required(k.name(), p + ".name");
            required(k.periodType(), p + ".periodType");
            unique(codes, k.code(), p + ".code", "report kind code");
            match(k.code(), ITEM_CODE, p + ".code", "must be 1–40 letters, digits, dots, dashes or underscores");
            if (k.periodType() != null && !types.add(k.periodType())) {
                add(p + ".periodType", "is the period type of another report kind: a report's kind follows from it");
            }
            if (k.contents() == null || k.contents().isEmpty()) {
                add(p + ".contents", "must name VALUES, NARRATIVES or both");
            }
            if (k.windowDays() != null && (k.windowDays() < 1 || k.windowDays() > 366)) {
                add(p + ".windowDays", "must be between 1 and 366 days");
            }
        }
    }

    /** Actions have unique codes within their objective, a title, and tag only this version's indicators. */
    private void actions(Objective obj, String p, Set<String> indicatorCodes) {
        Set<String> codes = new HashSet<>();
        for (int a = 0; a < obj.actions().size(); a++) {
            var action = obj.actions().get(a);
            String ap = p + ".actions[" + a + "]";
            required(action.code(), ap + ".code");
            required(action.title(), ap + ".title");
            match(action.code(), ITEM_CODE, ap + ".code", "must be 1–40 letters, digits, dots, dashes or underscores");
            unique(codes, action.code(), ap + ".code", "action code");
            for (int i = 0; i < action.indicators().size(); i++) {
                String code = action.indicators().get(i);
                if (!indicatorCodes.contains(code)) {
                    add(ap + ".indicators[" + i + "]", "\"" + code + "\" is not an indicator of this version");
                }
            }
        }
    }

    private Set<String> dimensions(List<Dimension> list) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Dimension dim = list.get(i);
            String p = "dimensions[" + i + "]";
            match(dim.code(), DIMENSION_CODE, p + ".code", "framework.problem.dimensionCode");
            unique(codes, dim.code(), p + ".code", "framework.thing.dimensionCode");
            if (dim.categories().isEmpty()) {
                add(p + ".categories", "framework.problem.noCategory");
            }
            Set<String> categories = new HashSet<>();
            for (int c = 0; c < dim.categories().size(); c++) {
                String cp = p + ".categories[" + c + "].code";
                match(dim.categories().get(c).code(), DIMENSION_CODE, cp, "framework.problem.categoryCode");
                unique(categories, dim.categories().get(c).code(), cp, "framework.thing.categoryCode");
            }
        }
        return codes;
    }

    private void indicator(Indicator ind, String p, Set<String> dimensions, Set<String> seen, Set<String> allCodes) {
        required(ind.code(), p + ".code");
        required(ind.title(), p + ".title");
        required(ind.type(), p + ".type");
        required(ind.aggregation(), p + ".aggregation");
        required(ind.valueSource(), p + ".valueSource");
        unique(seen, ind.code(), p + ".code", "framework.thing.indicatorCode");
        match(ind.code(), ITEM_CODE, p + ".code", "framework.problem.itemCode");
        typeAndAggregation(ind, p);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < ind.disaggregations().size(); i++) {
            String code = ind.disaggregations().get(i);
            if (!dimensions.contains(code)) {
                add(p + ".disaggregations[" + i + "]", "framework.problem.unknownDimension", code);
            }
            unique(used, code, p + ".disaggregations[" + i + "]", "framework.thing.disaggregation");
        }
        valueSource(ind, p, allCodes);
        validation(ind, p);
        baselinesAndTargets(ind, p);
        Set<String> links = new HashSet<>();
        for (int c = 0; c < ind.crosswalks().size(); c++) {
            var cw = ind.crosswalks().get(c);
            unique(
                    links,
                    cw.framework() + "/" + cw.indicator(),
                    p + ".crosswalks[" + c + "]",
                    "framework.thing.crosswalk");
            match(cw.version(), VERSION, p + ".crosswalks[" + c + "].version", "framework.problem.version");
        }
    }

    private void typeAndAggregation(Indicator ind, String p) {
        IndicatorType type = ind.type();
        Aggregation agg = ind.aggregation();
        if (type == null || agg == null) {
            return;
        }
        if ((type == IndicatorType.NARRATIVE) != (agg == Aggregation.NONE)) {
            add(p + ".aggregation", "framework.problem.narrativeAggregation");
        }
        if (type == IndicatorType.RATIO && agg != Aggregation.RATIO_OF_SUMS) {
            add(p + ".aggregation", "framework.problem.ratioAggregation");
        }
        if (agg == Aggregation.COUNT_MEETING_CONDITION) {
            if (ind.aggregationCondition() == null
                    || !CONDITION.matcher(ind.aggregationCondition()).matches()) {
                add(p + ".aggregationCondition", "framework.problem.condition");
            }
        } else if (ind.aggregationCondition() != null) {
            add(p + ".aggregationCondition", "framework.problem.conditionUnused");
        }
        if (type == IndicatorType.ORDINAL) {
            if (ind.levels().isEmpty()) {
                add(p + ".levels", "framework.problem.levelsRequired");
            }
            Set<Integer> values = new HashSet<>();
            for (int l = 0; l < ind.levels().size(); l++) {
                if (!values.add(ind.levels().get(l).value())) {
                    add(p + ".levels[" + l + "].value", "framework.problem.levelRepeated");
                }
            }
        } else if (!ind.levels().isEmpty()) {
            add(p + ".levels", "framework.problem.levelsUnused");
        }
    }

    private void valueSource(Indicator ind, String p, Set<String> allCodes) {
        if (ind.valueSource() == ValueSource.DERIVED && ind.formula() == null) {
            add(p + ".formula", "framework.problem.formulaRequired");
        }
        if (ind.valueSource() == ValueSource.REPORTED && ind.formula() != null) {
            add(p + ".formula", "framework.problem.formulaUnused");
        }
        if (ind.formula() != null && !ind.formula().startsWith("evidence:")) {
            Matcher m = FORMULA_REFERENCE.matcher(ind.formula());
            while (m.find()) {
                if (!allCodes.contains(m.group(1))) {
                    add(p + ".formula", "framework.problem.formulaUnknown", m.group(1));
                } else if (m.group(1).equals(ind.code())) {
                    add(p + ".formula", "framework.problem.formulaSelf");
                }
            }
        }
    }

    private void validation(Indicator ind, String p) {
        var v = ind.validation();
        if (v.min() != null && v.max() != null && v.min().compareTo(v.max()) > 0) {
            add(p + ".validation.max", "framework.problem.maxBelowMin");
        }
        if (ind.type() == IndicatorType.PERCENTAGE) {
            outside(v.min(), BigDecimal.ZERO, BigDecimal.valueOf(100), p + ".validation.min");
            outside(v.max(), BigDecimal.ZERO, BigDecimal.valueOf(100), p + ".validation.max");
        }
        if (v.maxChangePercent() != null && v.maxChangePercent().signum() <= 0) {
            add(p + ".validation.maxChangePercent", "problem.positive");
        }
    }

    private void baselinesAndTargets(Indicator ind, String p) {
        boolean narrative = ind.type() == IndicatorType.NARRATIVE;
        if (narrative && (!ind.baselines().isEmpty() || !ind.targets().isEmpty())) {
            add(p, "framework.problem.narrativeTargets");
        }
        Set<String> seen = new HashSet<>();
        for (int b = 0; b < ind.baselines().size(); b++) {
            var base = ind.baselines().get(b);
            String bp = p + ".baselines[" + b + "]";
            jurisdiction(base.jurisdiction(), bp + ".jurisdiction");
            year(base.year(), bp + ".year");
            unique(seen, base.jurisdiction(), bp + ".jurisdiction", "framework.thing.baselineJurisdiction");
            fitsType(ind, base.jurisdiction(), base.value(), bp + ".value");
        }
        seen.clear();
        for (int t = 0; t < ind.targets().size(); t++) {
            var target = ind.targets().get(t);
            String tp = p + ".targets[" + t + "]";
            jurisdiction(target.jurisdiction(), tp + ".jurisdiction");
            year(target.year(), tp + ".year");
            unique(seen, target.jurisdiction() + "/" + target.year(), tp, "framework.thing.target");
            fitsType(ind, target.jurisdiction(), target.value(), tp + ".value");
        }
    }

    private void required(Object value, String path) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(path, "problem.required");
        }
    }

    private void fitsType(Indicator ind, String jurisdiction, BigDecimal value, String path) {
        if (ind.aggregation() == Aggregation.COUNT_MEETING_CONDITION
                && jurisdiction != null
                && isRegion.test(jurisdiction)) {
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                add(path, "framework.problem.regionalCount");
            }
            return;
        }
        if (ind.type() == IndicatorType.YES_NO
                && value.compareTo(BigDecimal.ZERO) != 0
                && value.compareTo(BigDecimal.ONE) != 0) {
            add(path, "framework.problem.yesNo");
        }
        if (ind.type() == IndicatorType.PERCENTAGE) {
            outside(value, BigDecimal.ZERO, BigDecimal.valueOf(100), path);
        }
        if (ind.type() == IndicatorType.COUNT
                && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            add(path, "framework.problem.count");
        }
        if (ind.type() == IndicatorType.ORDINAL
                && ind.levels().stream()
                        .noneMatch(l -> BigDecimal.valueOf(l.value()).compareTo(value) == 0)) {
            add(path, "framework.problem.level");
        }
    }

    private void outside(BigDecimal value, BigDecimal low, BigDecimal high, String path) {
        if (value != null && (value.compareTo(low) < 0 || value.compareTo(high) > 0)) {
            add(path, "framework.problem.between", low, high);
        }
    }

    private void jurisdiction(String code, String path) {
        if (code != null && !jurisdictionExists.test(code)) {
            add(path, "framework.problem.unknownJurisdiction", code);
        }
    }

    private void year(Integer year, String path) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            add(path, "framework.problem.year", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
    }

    private void match(String value, Pattern pattern, String path, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(path, message);
        }
    }

    private void unique(Set<String> seen, String value, String path, String what) {
        if (value != null && !seen.add(value)) {
            add(path, "framework.problem.repeats", Texts.of(what), value);
        }
    }

    private void add(String path, String key, Object... args) {
        problems.add(Problem.at(path, key, args));
    }
}
