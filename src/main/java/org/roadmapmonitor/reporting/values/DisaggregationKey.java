package org.roadmapmonitor.reporting.values;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The canonical text of a disaggregation: categories by dimension, sorted, such as {@code sex=female} or
 * {@code outcome=killed;sex=male}; the empty string is the total. One spelling per cell is what keeps a
 * value from being stored (and counted) twice.
 */
public final class DisaggregationKey {
    public static final String TOTAL = "";

    private DisaggregationKey() {}

    public static String of(Map<String, String> categories) {
        if (categories == null || categories.isEmpty()) {
            return TOTAL;
        }
        return new TreeMap<>(categories)
                .entrySet().stream()
                        .map(e -> e.getKey().strip() + "=" + e.getValue().strip())
                        .collect(Collectors.joining(";"));
    }

    /** Parses {@code sex=female;age=19_35} (any order, spaces allowed); blank or "total"/"default" is the total. */
    public static Map<String, String> parse(String key) {
        var map = new TreeMap<String, String>();
        if (key == null || key.isBlank() || key.equalsIgnoreCase("total") || key.equalsIgnoreCase("default")) {
            return map;
        }
        for (String part : key.split("[;,]")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" is not dimension=category");
            }
            if (map.put(kv[0].strip(), kv[1].strip()) != null) {
                throw new IllegalArgumentException("the dimension " + kv[0].strip() + " is named twice");
            }
        }
        return map;
    }

    public static String normalise(String key) {
        return of(parse(key));
    }
}
