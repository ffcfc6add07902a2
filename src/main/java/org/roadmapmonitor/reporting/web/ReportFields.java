package org.roadmapmonitor.reporting.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.reporting.ReportView;
import org.roadmapmonitor.shared.Problem;

/**
 * Where on the report page each problem belongs: the id of the field it is about, so that the page marks
 * that field and the list of problems links to it. A problem names its cell as the page labels it
 * ("KPI-5", "KPI-5 Sex: Female", "KPI-5 [sex]" for a breakdown that does not add up, "narratives.G3").
 */
final class ReportFields {
    /** A problem with the id of its field on the page (null when it belongs to no single field). */
    record FieldProblem(String path, String message, String field) implements java.io.Serializable {}

    private final Map<String, String> byPlace = new HashMap<>();

    private ReportFields(ReportView view) {
        for (var o : view.objectives()) {
            byPlace.put(
                    "narratives." + o.objective().code(),
                    "progress-" + o.objective().code());
            for (var i : o.indicators()) {
                for (var c : i.cells()) {
                    String place = c.total() ? c.indicator() : c.indicator() + " " + c.label();
                    byPlace.put(place, (i.ratio() ? "n-" : "v-") + c.inputId());
                }
            }
        }
    }

    static ReportFields of(ReportView view) {
        return new ReportFields(view);
    }

    List<FieldProblem> locate(List<Problem> problems) {
        return problems.stream()
                .map(p -> new FieldProblem(p.path(), p.message(), field(p.path())))
                .toList();
    }

    /** The messages per field id, for the page to show each under its field. */
    static Map<String, List<String>> byField(List<FieldProblem> problems) {
        var map = new LinkedHashMap<String, List<String>>();
        problems.stream()
                .filter(p -> p.field() != null)
                .forEach(p -> map.computeIfAbsent(p.field(), k -> new java.util.ArrayList<>())
                        .add(p.message()));
        return map;
    }

    private String field(String path) {
        if (path == null) {
            return null;
        }
        String exact = byPlace.get(path);
        if (exact != null) {
            return exact;
        }
        int bracket = path.indexOf(" [");
        return bracket > 0 ? byPlace.get(path.substring(0, bracket)) : null;
    }
}
