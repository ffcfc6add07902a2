package org.roadmapmonitor.framework.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.framework.FrameworkDocument.Baseline;
import org.roadmapmonitor.framework.FrameworkDocument.Crosswalk;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Level;
import org.roadmapmonitor.framework.FrameworkDocument.Target;
import org.roadmapmonitor.framework.FrameworkDocument.Validation;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.shared.Decimals;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PeriodType;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

/** The form for one indicator with all its attributes; blank table rows are ignored. */
public class IndicatorForm {
    static final int SPARE_ROWS = 3;

    public static class Row {
        private String jurisdiction;
        private Integer year;
        private String value;

        public String getJurisdiction() {
            return jurisdiction;
        }

        public void setJurisdiction(String jurisdiction) {
            this.jurisdiction = jurisdiction;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        boolean blank() {
            return VersionForm.trim(jurisdiction) == null && year == null && VersionForm.trim(value) == null;
        }
    }

    public static class Link {
        private String framework;
        private String indicator;
        private Vocabulary.CrosswalkRelation relation;
        private String note;
        private String version;

        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }

        public String getFramework() {
            return framework;
        }

        public void setFramework(String framework) {
            this.framework = framework;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public Vocabulary.CrosswalkRelation getRelation() {
            return relation;
        }

        public void setRelation(Vocabulary.CrosswalkRelation relation) {
            this.relation = relation;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private String code;
    private String objective;
    private String title;
    private String definition;
    private Vocabulary.IndicatorType type;
    private String unit;
    private Vocabulary.Aggregation aggregation;
    private String aggregationCondition;
    private String levels;
    private List<String> disaggregations = new ArrayList<>();
    private Vocabulary.ValueSource valueSource = Vocabulary.ValueSource.REPORTED;
    private String formula;
    private String dataSource;
    private PeriodType frequency;
    private boolean officialWording;
    private String min;
    private String max;
    private boolean required;
    private String maxChangePercent;
    private List<Row> baselines = new ArrayList<>();
    private List<Row> targets = new ArrayList<>();
    private List<Link> crosswalks = new ArrayList<>();
    private long revision;

    static IndicatorForm of(Indicator i, String objective, long revision) {
        var f = new IndicatorForm();
        f.code = i.code();
        f.objective = objective;
        f.title = i.title();
        f.definition = i.definition();
        f.type = i.type();
        f.unit = i.unit();
        f.aggregation = i.aggregation();
        f.aggregationCondition = i.aggregationCondition();
        f.levels = String.join(
                "\n",
                i.levels().stream().map(l -> l.value() + " = " + l.label()).toList());
        f.disaggregations = new ArrayList<>(i.disaggregations());
        f.valueSource = i.valueSource();
        f.formula = i.formula();
        f.dataSource = i.dataSource();
        f.frequency = i.frequency();
        f.officialWording = i.officialWording();
        f.min = plain(i.validation().min());
        f.max = plain(i.validation().max());
        f.required = i.validation().required();
        f.maxChangePercent = plain(i.validation().maxChangePercent());
        i.baselines().forEach(b -> f.baselines.add(row(b.jurisdiction(), b.year(), b.value())));
        i.targets().forEach(t -> f.targets.add(row(t.jurisdiction(), t.year(), t.value())));
        i.crosswalks().forEach(c -> {
            var l = new Link();
            l.framework = c.framework();
            l.indicator = c.indicator();
            l.relation = c.relation();
            l.note = c.note();
            l.version = c.version();
            f.crosswalks.add(l);
        });
        f.revision = revision;
        return f;
    }

    /** Adds empty rows so that a user can type new baselines, targets and links without scripts. */
    IndicatorForm withSpareRows() {
        for (int n = 0; n < SPARE_ROWS; n++) {
            baselines.add(new Row());
            targets.add(new Row());
        }
        crosswalks.add(new Link());
        crosswalks.add(new Link());
        return this;
    }

    private static Row row(String jurisdiction, int year, BigDecimal value) {
        var r = new Row();
        r.jurisdiction = jurisdiction;
        r.year = year;
        r.value = value.toPlainString();
        return r;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    Indicator toIndicator() {
        var problems = new ArrayList<Problem>();
        var validation = new Validation(
                decimal(min, "min", problems),
                decimal(max, "max", problems),
                required,
                decimal(maxChangePercent, "maxChangePercent", problems));
        var baselineList = new ArrayList<Baseline>();
        var targetList = new ArrayList<Target>();
        for (int n = 0; n < baselines.size(); n++) {
            Row r = baselines.get(n);
            if (!r.blank()) {
                BigDecimal v = completeRow(r, "baselines[" + n + "]", problems);
                if (v != null) {
                    baselineList.add(new Baseline(r.jurisdiction.strip().toUpperCase(), r.year, v));
                }
            }
        }
        for (int n = 0; n < targets.size(); n++) {
            Row r = targets.get(n);
            if (!r.blank()) {
                BigDecimal v = completeRow(r, "targets[" + n + "]", problems);
                if (v != null) {
                    targetList.add(new Target(r.jurisdiction.strip().toUpperCase(), r.year, v));
                }
            }
        }
        var links = crosswalks.stream()
                .filter(l -> VersionForm.trim(l.framework) != null || VersionForm.trim(l.indicator) != null)
                .map(l -> new Crosswalk(
                        VersionForm.trim(l.framework),
                        VersionForm.trim(l.indicator),
                        l.relation == null ? Vocabulary.CrosswalkRelation.RELATED : l.relation,
                        VersionForm.trim(l.note),
                        VersionForm.trim(l.version)))
                .toList();
        List<Level> levelList = parseLevels(problems);
        if (!problems.isEmpty()) {
            throw new InvalidException("framework.refused.indicator", problems);
        }
        return new Indicator(
                VersionForm.trim(code),
                VersionForm.trim(title),
                VersionForm.trim(definition),
                type,
                VersionForm.trim(unit),
                aggregation,
                VersionForm.trim(aggregationCondition),
                levelList,
                disaggregations == null
                        ? List.of()
                        : disaggregations.stream().filter(s -> !s.isBlank()).toList(),
                valueSource,
                VersionForm.trim(formula),
                VersionForm.trim(dataSource),
                frequency,
                officialWording,
                validation,
                baselineList,
                targetList,
                links);
    }

    private static BigDecimal completeRow(Row r, String path, List<Problem> problems) {
        if (VersionForm.trim(r.jurisdiction) == null || r.year == null || VersionForm.trim(r.value) == null) {
            problems.add(Problem.at(path, "framework.problem.targetRow"));
            return null;
        }
        return decimal(r.value, path + ".value", problems);
    }

    private List<Level> parseLevels(List<Problem> problems) {
        var result = new ArrayList<Level>();
        String[] lines = levels == null ? new String[0] : levels.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String[] kv = lines[n].split("=", 2);
            try {
                result.add(new Level(Integer.parseInt(kv[0].strip()), kv.length > 1 ? kv[1].strip() : ""));
            } catch (NumberFormatException e) {
                problems.add(Problem.at(Texts.of("framework.problem.levelsAt", n + 1), "framework.problem.levelLine"));
            }
        }
        return result;
    }

    private static BigDecimal decimal(String s, String path, List<Problem> problems) {
        if (VersionForm.trim(s) == null) {
            return null;
        }
        try {
            return Decimals.parse(s);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(path, "problem.notANumberShort", s.strip()));
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Vocabulary.IndicatorType getType() {
        return type;
    }

    public void setType(Vocabulary.IndicatorType type) {
        this.type = type;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Vocabulary.Aggregation getAggregation() {
        return aggregation;
    }

    public void setAggregation(Vocabulary.Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    public String getAggregationCondition() {
        return aggregationCondition;
    }

    public void setAggregationCondition(String aggregationCondition) {
        this.aggregationCondition = aggregationCondition;
    }

    public String getLevels() {
        return levels;
    }

    public void setLevels(String levels) {
        this.levels = levels;
    }

    public List<String> getDisaggregations() {
        return disaggregations;
    }

    public void setDisaggregations(List<String> disaggregations) {
        this.disaggregations = disaggregations;
    }

    public Vocabulary.ValueSource getValueSource() {
        return valueSource;
    }

    public void setValueSource(Vocabulary.ValueSource valueSource) {
        this.valueSource = valueSource;
    }

    public String getFormula() {
        return formula;
    }

    public void setFormula(String formula) {
        this.formula = formula;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public PeriodType getFrequency() {
        return frequency;
    }

    public void setFrequency(PeriodType frequency) {
        this.frequency = frequency;
    }

    public boolean isOfficialWording() {
        return officialWording;
    }

    public void setOfficialWording(boolean officialWording) {
        this.officialWording = officialWording;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getMaxChangePercent() {
        return maxChangePercent;
    }

    public void setMaxChangePercent(String maxChangePercent) {
        this.maxChangePercent = maxChangePercent;
    }

    public List<Row> getBaselines() {
        return baselines;
    }

    public void setBaselines(List<Row> baselines) {
        this.baselines = baselines;
    }

    public List<Row> getTargets() {
        return targets;
    }

    public void setTargets(List<Row> targets) {
        this.targets = targets;
    }

    public List<Link> getCrosswalks() {
        return crosswalks;
    }

    public void setCrosswalks(List<Link> crosswalks) {
        this.crosswalks = crosswalks;
    }

    public long getRevision() {
        return revision;
    }

    public void setRevision(long revision) {
        this.revision = revision;
    }
}
