package org.roadmapmonitor.actionplan.web;

import java.util.List;
import java.util.Objects;
import org.roadmapmonitor.actionplan.ActivityProgress;

/**
 * The report's activity section as the form sends it: the report's revision as it was read, and a line per
 * activity the editor may report ({@code lines[i].activity}, {@code .status}, {@code .percent}, {@code .note}).
 */
record ProgressForm(Long revision, List<Line> lines) {
    record Line(Long activity, String status, String percent, String note) {}

    /** The lines with a status; a line left "not reported" is not sent on, and submission names what is missing. */
    List<ActivityProgress.Input> inputs() {
        return lines == null
                ? List.of()
                : lines.stream()
                        .filter(Objects::nonNull)
                        .filter(l -> l.status() != null && !l.status().isBlank())
                        .map(l -> new ActivityProgress.Input(l.activity(), l.status(), l.percent(), l.note()))
                        .toList();
    }
}
