package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * The published cells of one framework as read at one {@link Revision}, immutable and compact: per cell two
 * dictionary numbers (disaggregation key, period) and three decimals as an unscaled {@code long} and a scale
 * (about 35 bytes a cell, so the 694,800 values of one global-tier framework take ~25 MB and all 3.5 M ~120 MB),
 * grouped by indicator and jurisdiction. Answers exactly what {@link
 * org.roadmapmonitor.reporting.VisibleValues#cells} answers a caller who sees only the published copy.
 */
final class PublishedCells {
    private static final byte NULL = Byte.MIN_VALUE;
    private static final byte BIG = Byte.MIN_VALUE + 1;

    private final Revision revision;
    private final String[] keys;
    private final PeriodCode[] periods;
    private final Map<String, Map<String, int[]>> groups;
    private final char[] key;
    private final char[] period;
    private final long[] unscaled;
    private final byte[] scale;
    private final Map<Integer, BigDecimal> big;

    private PublishedCells(Builder b, Revision revision) {
        this.revision = revision;
        this.keys = b.keys.keySet().toArray(String[]::new);
        this.periods = b.periods.keySet().toArray(PeriodCode[]::new);
        int n = b.size;
        int[] offsets = new int[b.groups.size() + 1];
        for (int i = 0; i < n; i++) {
            offsets[b.group[i] + 1]++;
        }
        for (int g = 0; g < b.groups.size(); g++) {
            offsets[g + 1] += offsets[g];
        }
        this.groups = new HashMap<>();
        b.groups.forEach((indicatorAndJurisdiction, g) -> groups.computeIfAbsent(
                        indicatorAndJurisdiction.get(0), k -> new HashMap<>())
                .put(indicatorAndJurisdiction.get(1), new int[] {offsets[g], offsets[g + 1]}));
        int[] next = Arrays.copyOf(offsets, offsets.length - 1);
        this.key = new char[n];
        this.period = new char[n];
        this.unscaled = new long[3 * n];
        this.scale = new byte[3 * n];
        this.big = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int at = next[b.group[i]]++;
            key[at] = b.key[i];
            period[at] = b.period[i];
            for (int c = 0; c < 3; c++) {
                unscaled[3 * at + c] = b.unscaled[3 * i + c];
                scale[3 * at + c] = b.scale[3 * i + c];
                if (b.scale[3 * i + c] == BIG) {
                    big.put(3 * at + c, b.big.get(3 * i + c));
                }
            }
        }
    }

    Revision revision() {
        return revision;
    }

    int size() {
        return key.length;
    }

    /** The cells of these indicators and jurisdictions whose period lies within {@code from}–{@code to}. */
    List<Cell> cells(
            Collection<String> indicators,
            Collection<String> jurisdictions,
            LocalDate from,
            LocalDate to,
            boolean breakdowns) {
        boolean[] periodIn = new boolean[periods.length];
        for (int p = 0; p < periods.length; p++) {
            periodIn[p] =
                    !periods[p].start().isBefore(from) && !periods[p].end().isAfter(to);
        }
        boolean[] keyIn = new boolean[keys.length];
        for (int k = 0; k < keys.length; k++) {
            keyIn[k] = keys[k].isEmpty() != breakdowns;
        }
        var out = new ArrayList<Cell>();
        for (String indicator : new LinkedHashSet<>(indicators)) {
            Map<String, int[]> byJurisdiction = groups.getOrDefault(indicator, Map.of());
            for (String jurisdiction : new LinkedHashSet<>(jurisdictions)) {
                int[] range = byJurisdiction.get(jurisdiction);
                if (range == null) {
                    continue;
                }
                for (int i = range[0]; i < range[1]; i++) {
                    if (keyIn[key[i]] && periodIn[period[i]]) {
                        out.add(new Cell(
                                indicator,
                                jurisdiction,
                                periods[period[i]],
                                keys[key[i]],
                                decimal(3 * i),
                                decimal(3 * i + 1),
                                decimal(3 * i + 2),
                                false));
                    }
                }
            }
        }
        return out;
    }

    private BigDecimal decimal(int at) {
        byte s = scale[at];
        return s == NULL ? null : s == BIG ? big.get(at) : BigDecimal.valueOf(unscaled[at], s);
    }

    /** Collects cells as they stream from the database; {@link #build} groups them. */
    static final class Builder {
        private final Map<List<String>, Integer> groups = new HashMap<>();
        private final Map<String, Character> keys = new java.util.LinkedHashMap<>();
        private final Map<PeriodCode, Character> periods = new java.util.LinkedHashMap<>();
        private final Map<Integer, BigDecimal> big = new HashMap<>();
        private int[] group = new int[1024];
        private char[] key = new char[1024];
        private char[] period = new char[1024];
        private long[] unscaled = new long[3 * 1024];
        private byte[] scale = new byte[3 * 1024];
        private int size;

        int size() {
            return size;
        }

        void add(Cell c) {
            if (size == key.length) {
                int grown = size * 2;
                group = Arrays.copyOf(group, grown);
                key = Arrays.copyOf(key, grown);
                period = Arrays.copyOf(period, grown);
                unscaled = Arrays.copyOf(unscaled, 3 * grown);
                scale = Arrays.copyOf(scale, 3 * grown);
            }
            group[size] = groups.computeIfAbsent(List.of(c.indicator(), c.jurisdiction()), g -> groups.size());
            key[size] = dictionary(keys, c.disaggregationKey());
            period[size] = dictionary(periods, c.period());
            put(3 * size, c.value());
            put(3 * size + 1, c.numerator());
            put(3 * size + 2, c.denominator());
            size++;
        }

        private static <T> char dictionary(Map<T, Character> into, T value) {
            Character at = into.get(value);
            if (at == null) {
                if (into.size() == Character.MAX_VALUE) {
                    throw new IllegalStateException("more than 65,535 distinct periods or disaggregation keys");
                }
                at = (char) into.size();
                into.put(value, at);
            }
            return at;
        }

        private void put(int at, BigDecimal d) {
            if (d == null) {
                scale[at] = NULL;
            } else if (d.scale() > BIG
                    && d.scale() <= Byte.MAX_VALUE
                    && d.unscaledValue().bitLength() < 64) {
                unscaled[at] = d.unscaledValue().longValue();
                scale[at] = (byte) d.scale();
            } else {
                scale[at] = BIG;
                big.put(at, d);
            }
        }

        PublishedCells build(Revision revision) {
            return new PublishedCells(this, revision);
        }
    }
}
