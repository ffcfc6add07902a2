package org.roadmapmonitor.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.reporting.Flag;
import org.roadmapmonitor.reporting.Narrative;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ExactJson;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import tools.jackson.databind.JsonNode;

/** The JSON shapes of the reports API, and reading its request bodies exactly. */
final class ReportJson {
    private ReportJson() {}

    record ReportItem(
            long id,
            String framework,
            String version,
            String jurisdiction,
            String period,
            ReportState state,
            long revision,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            Instant submittedAt,
            Instant validatedAt,
            Instant publishedAt,
            boolean demo) {
        static ReportItem of(ProgressReport r) {
            return new ReportItem(
                    r.id(),
                    r.framework(),
                    r.version(),
                    r.jurisdiction(),
                    r.period().code(),
                    r.state(),
                    r.revision(),
                    r.createdAt(),
                    r.createdBy(),
                    r.updatedAt(),
                    r.submittedAt(),
                    r.validatedAt(),
                    r.publishedAt(),
                    r.demo());
        }
    }

    record ValueItem(
            String indicator,
            Map<String, String> disaggregation,
            String value,
            String numerator,
            String denominator,
            String comment) {
        static ValueItem of(CheckedValue v) {
            return new ValueItem(
                    v.indicator(),
                    DisaggregationKey.parse(v.disaggregation()),
                    v.text() != null ? v.text() : plain(v.value()),
                    plain(v.numerator()),
                    plain(v.denominator()),
                    v.comment());
        }
    }

    record FlagItem(String indicator, Map<String, String> disaggregation, String objective, String note) {
        static FlagItem of(Flag f) {
            if (f.kind() == Flag.Kind.NARRATIVE) {
                return new FlagItem(null, null, f.target(), f.note());
            }
            String[] parts = f.target().split("\\|", 2);
            return new FlagItem(parts[0], parts.length > 1 ? DisaggregationKey.parse(parts[1]) : null, null, f.note());
        }
    }

    record ReportDetail(
            ReportItem report,
            List<ValueItem> values,
            List<Narrative> narratives,
            List<FlagItem> flagged,
            List<ReportAction> availableActions) {}

    record SaveResult(ReportItem report, List<String> changed, List<Problem> warnings) {}

    static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    /** {@code [{indicator, disaggregation: {sex: "female"} or "sex=female", value, numerator, denominator, comment}]} */
    static List<ValueInput> values(byte[] body) {
        JsonNode root = ExactJson.read(body);
        JsonNode list = root.isObject() && root.has("values") ? root.get("values") : root;
        if (!list.isArray()) {
            throw new BadRequestException("$", "reporting.json.values");
        }
        var out = new ArrayList<ValueInput>();
        var problems = new ArrayList<Problem>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String where = "values[" + i + "]";
            if (!n.isObject() || ExactJson.text(n, "indicator") == null) {
                problems.add(Problem.at(where + ".indicator", "problem.required"));
                continue;
            }
            out.add(new ValueInput(
                    ExactJson.text(n, "indicator"),
                    disaggregation(n.get("disaggregation"), where, problems),
                    ExactJson.text(n, "value"),
                    ExactJson.text(n, "numerator"),
                    ExactJson.text(n, "denominator"),
                    ExactJson.text(n, "comment"),
                    where));
        }
        if (!problems.isEmpty()) {
            throw new org.roadmapmonitor.shared.InvalidException("reporting.refused.values", problems);
        }
        return out;
    }

    static String disaggregation(JsonNode d, String where, List<Problem> problems) {
        if (d == null || d.isNull()) {
            return DisaggregationKey.TOTAL;
        }
        if (d.isString()) {
            return d.stringValue();
        }
        if (!d.isObject()) {
            problems.add(Problem.at(where + ".disaggregation", "reporting.json.disaggregation"));
            return DisaggregationKey.TOTAL;
        }
        var map = new java.util.TreeMap<String, String>();
        d.properties()
                .forEach(e -> map.put(
                        e.getKey(),
                        e.getValue().isString()
                                ? e.getValue().stringValue()
                                : e.getValue().toString()));
        return DisaggregationKey.of(map);
    }

    static List<Narrative> narratives(byte[] body) {
        JsonNode root = ExactJson.read(body);
        JsonNode list = root.isObject() && root.has("narratives") ? root.get("narratives") : root;
        if (!list.isArray()) {
            throw new BadRequestException("$", "reporting.json.narratives");
        }
        var out = new ArrayList<Narrative>();
        for (JsonNode n : list) {
            out.add(new Narrative(
                    ExactJson.text(n, "objective"),
                    ExactJson.text(n, "progress"),
                    ExactJson.text(n, "challenges"),
                    ExactJson.text(n, "supportNeeded")));
        }
        return out;
    }

    /** Flags as strings ("KPI-5", "KPI-5[sex=female]", "objective:G3") or objects ({indicator, disaggregation, objective, note}). */
    static List<Flag> flags(JsonNode list, Texts texts) {
        var out = new ArrayList<Flag>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new BadRequestException("flagged", texts.get("report.flaggedNotAList"));
        }
        var problems = new ArrayList<Problem>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            if (n.isString()) {
                out.add(flag(n.stringValue(), null));
            } else if (n.isObject() && ExactJson.text(n, "objective") != null) {
                out.add(new Flag(Flag.Kind.NARRATIVE, ExactJson.text(n, "objective"), ExactJson.text(n, "note")));
            } else if (n.isObject() && ExactJson.text(n, "indicator") != null) {
                String key = disaggregation(n.get("disaggregation"), "flagged[" + i + "]", problems);
                String indicator = ExactJson.text(n, "indicator");
                out.add(new Flag(
                        Flag.Kind.VALUE,
                        key.isEmpty() && !n.has("disaggregation")
                                ? indicator
                                : indicator + "|" + DisaggregationKey.normalise(key),
                        ExactJson.text(n, "note")));
            } else {
                problems.add(Problem.at("flagged[" + i + "]", "reporting.json.flag"));
            }
        }
        if (!problems.isEmpty()) {
            throw new org.roadmapmonitor.shared.InvalidException("reporting.refused.flags", problems);
        }
        return out;
    }

    static Flag flag(String text, String note) {
        String s = text.strip();
        if (s.startsWith("objective:")) {
            return new Flag(
                    Flag.Kind.NARRATIVE, s.substring("objective:".length()).strip(), note);
        }
        int open = s.indexOf('[');
        if (open > 0 && s.endsWith("]")) {
            return new Flag(
                    Flag.Kind.VALUE,
                    s.substring(0, open) + "|" + DisaggregationKey.normalise(s.substring(open + 1, s.length() - 1)),
                    note);
        }
        return new Flag(Flag.Kind.VALUE, s, note);
    }
}
