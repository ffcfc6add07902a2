package org.roadmapmonitor.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.reporting.Narrative;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;

/** Invented but plausible values for demo reports: each indicator drifts towards its target over time. */
final class DemoValues {
    private DemoValues() {}

    static List<CheckedValue> of(FrameworkDocument doc, Indicator ind, String jurisdiction, int step, Random random) {
        var out = new ArrayList<CheckedValue>();
        String comment = step == 0 ? "Baseline (demo figure)" : null;
        switch (ind.type()) {
            case NARRATIVE ->
                out.add(new CheckedValue(
                        ind.code(),
                        "",
                        null,
                        null,
                        null,
                        "Demo text: " + ind.title().toLowerCase() + " in " + jurisdiction + " progressed as planned.",
                        comment));
            case YES_NO ->
                out.add(value(ind, "", step > 3 + random.nextInt(8) ? BigDecimal.ONE : BigDecimal.ZERO, comment));
            case ORDINAL -> {
                int max = ind.levels().stream()
                        .mapToInt(FrameworkDocument.Level::value)
                        .max()
                        .orElse(4);
                int min = ind.levels().stream()
                        .mapToInt(FrameworkDocument.Level::value)
                        .min()
                        .orElse(0);
                out.add(value(ind, "", BigDecimal.valueOf(Math.min(max, min + step / 3 + random.nextInt(2))), comment));
            }
            case PERCENTAGE ->
                out.add(value(ind, "", BigDecimal.valueOf(Math.min(100, 20 + step * 4 + random.nextInt(10))), comment));
            case MONEY -> out.add(value(ind, "", BigDecimal.valueOf(50_000L + random.nextInt(400_000)), comment));
            case RATIO -> {
                int den = 200 + random.nextInt(600);
                int num = den * Math.min(90, 10 + step * 3 + random.nextInt(10)) / 100;
                out.add(new CheckedValue(
                        ind.code(),
                        "",
                        BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 6, RoundingMode.HALF_EVEN),
                        BigDecimal.valueOf(num),
                        BigDecimal.valueOf(den),
                        null,
                        comment));
            }
            default -> {
                int total = 40 + random.nextInt(400) + step * 10;
                out.add(value(ind, "", BigDecimal.valueOf(total), comment));
                for (String dim : ind.disaggregations()) {
                    doc.dimensions().stream()
                            .filter(d -> d.code().equals(dim))
                            .findFirst()
                            .ifPresent(d -> {
                                int left = total;
                                var categories = d.categories();
                                for (int i = 0; i < categories.size(); i++) {
                                    int share =
                                            i == categories.size() - 1 ? left : left * (30 + random.nextInt(40)) / 100;
                                    left -= share;
                                    out.add(value(
                                            ind,
                                            DisaggregationKey.of(java.util.Map.of(
                                                    dim, categories.get(i).code())),
                                            BigDecimal.valueOf(share),
                                            null));
                                }
                            });
                }
            }
        }
        return out;
    }

    private static CheckedValue value(Indicator ind, String key, BigDecimal v, String comment) {
        return new CheckedValue(ind.code(), key, v, null, null, null, comment);
    }

    static Narrative narrative(FrameworkDocument.Objective o, String jurisdiction) {
        return new Narrative(
                o.code(),
                "Demo text: the SALW Commission of " + jurisdiction + " reports steady progress on this "
                        + "objective, in line with its Roadmap action plan.",
                "Demo text: limited staff and delays in inter-agency data exchange.",
                "Demo text: training for analysts and support for data collection.");
    }
}
