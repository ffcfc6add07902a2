package org.roadmapmonitor.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.reporting.Flag;
import org.roadmapmonitor.reporting.Narrative;
import org.roadmapmonitor.reporting.ReportView;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.springframework.util.MultiValueMap;

/**
 * Reads the report page's form: one field per editable cell ({@code v:KPI-5|sex=female} for a value,
 * {@code n:…}/{@code d:…} for a ratio's numerator and denominator, {@code c:…} for a comment) and per
 * editable narrative ({@code progress:G1}, {@code challenges:G1}, {@code support:G1}).
 */
final class ReportFormReader {
    private ReportFormReader() {}

    static List<ValueInput> values(ReportView view, MultiValueMap<String, String> form) {
        var out = new ArrayList<ValueInput>();
        for (var o : view.objectives()) {
            for (var i : o.indicators()) {
                for (var c : i.cells()) {
                    if (!c.editable() || !present(form, c.field())) {
                        continue;
                    }
                    out.add(new ValueInput(
                            c.indicator(),
                            c.key(),
                            form.getFirst("v:" + c.field()),
                            form.getFirst("n:" + c.field()),
                            form.getFirst("d:" + c.field()),
                            form.getFirst("c:" + c.field()),
                            i.indicator().code() + (c.total() ? "" : " " + c.label())));
                }
            }
        }
        return out;
    }

    private static boolean present(MultiValueMap<String, String> form, String field) {
        return form.containsKey("v:" + field) || form.containsKey("n:" + field) || form.containsKey("c:" + field);
    }

    static List<Narrative> narratives(ReportView view, MultiValueMap<String, String> form) {
        var out = new ArrayList<Narrative>();
        for (var o : view.objectives()) {
            String code = o.objective().code();
            if (o.narrativeEditable() && form.containsKey("progress:" + code)) {
                out.add(new Narrative(
                        code,
                        form.getFirst("progress:" + code),
                        form.getFirst("challenges:" + code),
                        form.getFirst("support:" + code)));
            }
        }
        return out;
    }

    /** Flags ticked on the review form ({@code flag} = "KPI-5|sex=female" or "objective:G3"), with one note each. */
    static List<Flag> flags(MultiValueMap<String, String> form) {
        var out = new ArrayList<Flag>();
        for (String target : form.getOrDefault("flag", List.of())) {
            if (target.startsWith("objective:")) {
                String code = target.substring("objective:".length());
                out.add(new Flag(Flag.Kind.NARRATIVE, code, note(form, target)));
            } else {
                out.add(new Flag(Flag.Kind.VALUE, target, note(form, target)));
            }
        }
        return out;
    }

    private static String note(MultiValueMap<String, String> form, String target) {
        String n = form.getFirst("note:" + target);
        return n == null || n.isBlank() ? null : n.strip();
    }

    static Map<String, String> single(MultiValueMap<String, String> form) {
        return form.toSingleValueMap();
    }
}
