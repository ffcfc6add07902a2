package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.shared.Problem;

/**
 * A framework's status scale: levels from best to worst, each reached from a minimum progress from baseline
 * toward target (1 = the target reached); the last level takes everything below. The secretariat sets it per
 * framework; {@link #DEFAULT} applies until it does. No value at all is {@link #NO_DATA}, never a level.
 */
public record StatusScale(List<Level> levels) {
    public static final String NO_DATA = "no_data";

    /** The fixed palette: light tints that dark text reads on, so that a status is never told by colour alone. */
    public enum Colour {
        GREEN,
        TEAL,
        AMBER,
        RED,
        GREY
    }

    /**
     * One level: {@code code} (lower-case, e.g. {@code on_track}), the secretariat's own {@code label} (null for
     * the translated name of a default code), the least progress that reaches it (null for the last level).
     */
    public record Level(String code, String label, BigDecimal minProgress, Colour colour) {}

    public static final StatusScale DEFAULT = new StatusScale(List.of(
            new Level("achieved", null, BigDecimal.ONE, Colour.GREEN),
            new Level("on_track", null, new BigDecimal("0.6"), Colour.TEAL),
            new Level("some_progress", null, new BigDecimal("0.2"), Colour.AMBER),
            new Level("off_track", null, null, Colour.RED)));

    public StatusScale {
        levels = List.copyOf(levels);
    }

    /** The codes of the default scale, which have translated names (message {@code analytics.status.<code>}). */
    public static boolean isDefaultCode(String code) {
        return NO_DATA.equals(code)
                || DEFAULT.levels().stream().anyMatch(l -> l.code().equals(code));
    }

    /**
     * Progress from baseline toward target: 0 at the baseline, 1 at the target, whichever way the target lies
     * (a KPI that should go down has its target below its baseline). None without a baseline or target, or
     * when they are equal.
     */
    public static BigDecimal progress(BigDecimal value, BigDecimal baseline, BigDecimal target) {
        if (value == null || baseline == null || target == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return value.subtract(baseline).divide(target.subtract(baseline), 4, RoundingMode.HALF_EVEN);
    }

    /**
     * The status of a value: {@link #NO_DATA} without one; with a baseline and target, the first level its
     * progress reaches; with a target but no usable baseline, the best level once the target is reached
     * (upwards unless the baseline says otherwise) and none before; none without a target.
     */
    public Optional<String> statusOf(BigDecimal value, BigDecimal baseline, BigDecimal target) {
        if (value == null) {
            return Optional.of(NO_DATA);
        }
        if (target == null || levels.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal progress = progress(value, baseline, target);
        if (progress == null) {
            boolean downwards = baseline != null && target.compareTo(baseline) < 0;
            boolean reached = downwards ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
            return reached ? Optional.of(levels.get(0).code()) : Optional.empty();
        }
        for (Level level : levels) {
            if (level.minProgress() == null || progress.compareTo(level.minProgress()) >= 0) {
                return Optional.of(level.code());
            }
        }
        return Optional.of(levels.get(levels.size() - 1).code());
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * What is wrong with this scale, each problem at its level and field: codes, at least two levels, minimums
     * strictly descending, only the last without one.
     */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (levels.size() < 2 || levels.size() > 8) {
            problems.add(Problem.at("levels", "analytics.scale.problem.count", 2, 8));
        }
        var codes = new java.util.HashSet<String>();
        BigDecimal previous = null;
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            String at = "levels[" + i + "]";
            if (l.code() == null || !l.code().matches("[a-z][a-z0-9_]{0,29}") || NO_DATA.equals(l.code())) {
                problems.add(Problem.at(at + ".code", "analytics.scale.problem.code", i + 1));
            } else if (!codes.add(l.code())) {
                problems.add(Problem.at(at + ".code", "analytics.scale.problem.duplicate", l.code()));
            }
            if (l.label() != null && l.label().length() > 60) {
                problems.add(Problem.at(at + ".label", "analytics.scale.problem.label", i + 1, 60));
            }
            if (l.colour() == null) {
                problems.add(Problem.at(at + ".colour", "analytics.scale.problem.colour", i + 1));
            }
            boolean last = i == levels.size() - 1;
            if (last && l.minProgress() != null) {
                problems.add(Problem.at(at + ".minProgress", "analytics.scale.problem.lastHasMinimum", i + 1));
            } else if (!last && l.minProgress() == null) {
                problems.add(Problem.at(at + ".minProgress", "analytics.scale.problem.minimumRequired", i + 1));
            } else if (!last && previous != null && l.minProgress().compareTo(previous) >= 0) {
                problems.add(Problem.at(
                        at + ".minProgress",
                        "analytics.scale.problem.notDescending",
                        i + 1,
                        l.minProgress().toPlainString(),
                        previous.toPlainString()));
            }
            if (l.minProgress() != null) {
                previous = l.minProgress();
            }
        }
        return problems;
    }
}
