package org.roadmapmonitor.analytics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.roadmapmonitor.analytics.StatusScale;
import org.roadmapmonitor.shared.Decimals;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;

/** The status-scale form as typed (and the API body in the same shape): one line per level, best first. */
record StatusScaleForm(List<Line> levels, Long revision) {
    /** A level as typed; blank lines are left out. */
    record Line(String code, String label, String minProgress, String colour) {
        boolean blank() {
            return isBlank(code) && isBlank(label) && isBlank(minProgress);
        }
    }

    /** The scale these lines describe; a number or colour that cannot be read is refused naming its level. */
    static StatusScale scale(List<Line> lines) {
        var problems = new ArrayList<Problem>();
        var levels = new ArrayList<StatusScale.Level>();
        int i = 0;
        for (Line l : lines == null ? List.<Line>of() : lines) {
            if (l == null || l.blank()) {
                continue;
            }
            String at = "levels[" + i + "]";
            BigDecimal min = null;
            if (!isBlank(l.minProgress())) {
                try {
                    min = Decimals.parse(l.minProgress());
                } catch (IllegalArgumentException e) {
                    problems.add(
                            Problem.at(at + ".minProgress", "analytics.scale.problem.number", i + 1, l.minProgress()));
                }
            }
            StatusScale.Colour colour = Arrays.stream(StatusScale.Colour.values())
                    .filter(c -> c.name()
                            .equalsIgnoreCase(
                                    l.colour() == null ? "" : l.colour().strip()))
                    .findFirst()
                    .orElse(null);
            levels.add(new StatusScale.Level(
                    isBlank(l.code()) ? null : l.code().strip(),
                    isBlank(l.label()) ? null : l.label().strip(),
                    min,
                    colour));
            i++;
        }
        var scale = new StatusScale(levels);
        problems.addAll(scale.problems());
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "analytics.scale.refused", problems.size());
        }
        return scale;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
