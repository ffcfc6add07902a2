package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * The published cells of one framework exactly as one snapshot of the database held them, named by the {@link
 * Revision} read in that snapshot; immutable and compact: per cell two dictionary numbers (disaggregation key,
 * period) and three decimals as an unscaled {@code long} and a scale, grouped by jurisdiction and indicator, and
 * within a group by report (about 40 bytes a cell, so the 694,800 values of one global-tier framework take ~28 MB).
 * Answers exactly what {@link org.roadmapmonitor.reporting.VisibleValues#cells} answers a caller who sees only the
 * published copy.
 *
 * <p>A newer copy is made from an older one by {@link #replace}: the cells of the reports that changed are taken
 * out and their cells as they are now put in; only the groups of those reports' jurisdictions are new objects, the
 * others are shared with the older copy (which stays as it was for the requests still reading it).
 */
final class PublishedCells {
    private static final byte NULL = Byte.MIN_VALUE;
    private static final byte BIG = Byte.MIN_VALUE + 1;

    private final Revision revision;
    private final String[] keys;
    private final PeriodCode[] periods;
    /** jurisdiction → indicator → its cells. */
    private final Map<String, Map<String, Group>> groups;
    /** report → the jurisdictions its cells are under (one, unless a writer put others in its rows). */
    private final Map<Long, Set<String>> reports;

    private final int size;

    private PublishedCells(
            Revision revision,
            String[] keys,
            PeriodCode[] periods,
            Map<String, Map<String, Group>> groups,
            Map<Long, Set<String>> reports,
            int size) {
        this.revision = revision;
        this.keys = keys;
        this.periods = periods;
        this.groups = groups;
        this.reports = reports;
        this.size = size;
    }

    Revision revision() {
        return revision;
    }

    int size() {
        return size;
    }

    /** How many reports have cells here. */
    int reports() {
        return reports.size();
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
        var places = new LinkedHashSet<>(jurisdictions);
        for (String indicator : new LinkedHashSet<>(indicators)) {
            for (String jurisdiction : places) {
                Group g = groups.getOrDefault(jurisdiction, Map.of()).get(indicator);
                if (g == null) {
                    continue;
                }
                for (int i = 0; i < g.key.length; i++) {
                    if (keyIn[g.key[i]] && periodIn[g.period[i]]) {
                        out.add(new Cell(
                                indicator,
                                jurisdiction,
                                periods[g.period[i]],
                                keys[g.key[i]],
                                g.decimal(3 * i),
                                g.decimal(3 * i + 1),
                                g.decimal(3 * i + 2),
                                false));
                    }
                }
            }
        }
        return out;
    }

    /**
     * This copy with the cells of the {@code touched} reports replaced by {@code now} (all their cells as they are
     * now, none for a report that has none any more), named {@code revision}. {@code now} must be a builder made
     * from this copy ({@code new Builder(this)}), so that its dictionary numbers mean what this copy's mean.
     */
    PublishedCells replace(Set<Long> touched, Builder now, Revision revision) {
        if (now.base != this) {
            throw new IllegalArgumentException("the builder was not made from this copy");
        }
        Map<List<String>, int[]> fresh = now.byGroup();
        Set<String> jurisdictions = new HashSet<>();
        for (Long report : touched) {
            jurisdictions.addAll(reports.getOrDefault(report, Set.of()));
        }
        fresh.keySet().forEach(g -> jurisdictions.add(g.get(0)));

        var nextGroups = new HashMap<>(groups);
        int nextSize = size;
        for (String jurisdiction : jurisdictions) {
            Map<String, Group> before = groups.getOrDefault(jurisdiction, Map.of());
            Set<String> indicators = new LinkedHashSet<>(before.keySet());
            fresh.keySet().stream().filter(g -> g.get(0).equals(jurisdiction)).forEach(g -> indicators.add(g.get(1)));
            var after = new HashMap<String, Group>();
            for (String indicator : indicators) {
                Group old = before.get(indicator);
                int[] added = fresh.getOrDefault(List.of(jurisdiction, indicator), new int[0]);
                var w = new GroupWriter();
                if (old != null) {
                    for (int run = 0; run < old.reports.length; run++) {
                        if (!touched.contains(old.reports[run])) {
                            for (int i = old.starts[run]; i < old.starts[run + 1]; i++) {
                                w.add(old, i, old.reports[run]);
                            }
                        }
                    }
                    nextSize -= old.key.length;
                }
                for (int i : added) {
                    w.add(now, i, now.reportIds[now.reportOf[i]]);
                }
                Group g = w.build();
                if (g.key.length > 0) {
                    after.put(indicator, g);
                    nextSize += g.key.length;
                }
            }
            if (after.isEmpty()) {
                nextGroups.remove(jurisdiction);
            } else {
                nextGroups.put(jurisdiction, after);
            }
        }
        var nextReports = new HashMap<>(reports);
        touched.forEach(nextReports::remove);
        nextReports.putAll(now.reportJurisdictions());
        return new PublishedCells(
                revision,
                now.keys.keySet().toArray(String[]::new),
                now.periods.keySet().toArray(PeriodCode[]::new),
                nextGroups,
                nextReports,
                nextSize);
    }

    /** Cells as columns: dictionary numbers and decimals, cell {@code i} at {@code i} (decimals at 3i … 3i+2). */
    private abstract static class Columns {
        char[] key;
        char[] period;
        long[] unscaled;
        byte[] scale;
        Map<Integer, BigDecimal> big;

        BigDecimal decimal(int at) {
            byte s = scale[at];
            return s == NULL ? null : s == BIG ? big.get(at) : BigDecimal.valueOf(unscaled[at], s);
        }
    }

    /** The cells of one jurisdiction and indicator, report by report: run r is starts[r] … starts[r + 1] - 1. */
    private static final class Group extends Columns {
        long[] reports;
        int[] starts;
    }

    /** Makes one {@link Group}; the cells of one report must come one after the other. */
    private static final class GroupWriter extends Columns {
        private long[] reports = new long[8];
        private int[] starts = new int[9];
        private int runs;
        private int n;

        GroupWriter() {
            key = new char[16];
            period = new char[16];
            unscaled = new long[48];
            scale = new byte[48];
        }

        void add(Columns from, int i, long report) {
            if (runs == 0 || reports[runs - 1] != report) {
                if (runs == reports.length) {
                    reports = Arrays.copyOf(reports, 2 * runs);
                    starts = Arrays.copyOf(starts, 2 * runs + 1);
                }
                reports[runs] = report;
                starts[runs] = n;
                runs++;
            }
            if (n == key.length) {
                key = Arrays.copyOf(key, 2 * n);
                period = Arrays.copyOf(period, 2 * n);
                unscaled = Arrays.copyOf(unscaled, 6 * n);
                scale = Arrays.copyOf(scale, 6 * n);
            }
            key[n] = from.key[i];
            period[n] = from.period[i];
            for (int c = 0; c < 3; c++) {
                unscaled[3 * n + c] = from.unscaled[3 * i + c];
                scale[3 * n + c] = from.scale[3 * i + c];
                if (from.scale[3 * i + c] == BIG) {
                    if (big == null) {
                        big = new HashMap<>();
                    }
                    big.put(3 * n + c, from.big.get(3 * i + c));
                }
            }
            n++;
        }

        Group build() {
            var g = new Group();
            g.reports = Arrays.copyOf(reports, runs);
            g.starts = Arrays.copyOf(starts, runs + 1);
            g.starts[runs] = n;
            g.key = Arrays.copyOf(key, n);
            g.period = Arrays.copyOf(period, n);
            g.unscaled = Arrays.copyOf(unscaled, 3 * n);
            g.scale = Arrays.copyOf(scale, 3 * n);
            g.big = big == null ? Map.of() : big;
            return g;
        }
    }

    /** Collects cells (with the report each belongs to) as they stream from the database. */
    static final class Builder extends Columns {
        private final PublishedCells base;
        private final Map<List<String>, Integer> groups = new HashMap<>();
        private final List<List<String>> names = new ArrayList<>();
        private final Map<String, Character> keys;
        private final Map<PeriodCode, Character> periods;
        private final Map<Long, Integer> reportIndex = new HashMap<>();
        private long[] reportIds = new long[64];
        private int[] group = new int[1024];
        private int[] reportOf = new int[1024];
        private int size;

        /** For a copy read whole. */
        Builder() {
            this.base = null;
            this.keys = new LinkedHashMap<>();
            this.periods = new LinkedHashMap<>();
            init();
        }

        /** For the changed reports of {@code base}: its dictionaries, extended by what they bring. */
        Builder(PublishedCells base) {
            this.base = base;
            this.keys = new LinkedHashMap<>();
            this.periods = new LinkedHashMap<>();
            for (String k : base.keys) {
                keys.put(k, (char) keys.size());
            }
            for (PeriodCode p : base.periods) {
                periods.put(p, (char) periods.size());
            }
            init();
        }

        private void init() {
            key = new char[1024];
            period = new char[1024];
            unscaled = new long[3 * 1024];
            scale = new byte[3 * 1024];
            big = new HashMap<>();
        }

        int size() {
            return size;
        }

        void add(long reportId, Cell c) {
            if (size == key.length) {
                int grown = size * 2;
                group = Arrays.copyOf(group, grown);
                reportOf = Arrays.copyOf(reportOf, grown);
                key = Arrays.copyOf(key, grown);
                period = Arrays.copyOf(period, grown);
                unscaled = Arrays.copyOf(unscaled, 3 * grown);
                scale = Arrays.copyOf(scale, 3 * grown);
            }
            group[size] = groups.computeIfAbsent(List.of(c.jurisdiction(), c.indicator()), g -> {
                names.add(g);
                return names.size() - 1;
            });
            reportOf[size] = reportIndex.computeIfAbsent(reportId, r -> {
                int at = reportIndex.size();
                if (at == reportIds.length) {
                    reportIds = Arrays.copyOf(reportIds, 2 * at);
                }
                reportIds[at] = r;
                return at;
            });
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

        /** (jurisdiction, indicator) → its cells, ordered by report (a report's cells one after the other). */
        private Map<List<String>, int[]> byGroup() {
            int[] counts = new int[names.size() + 1];
            for (int i = 0; i < size; i++) {
                counts[group[i] + 1]++;
            }
            for (int g = 0; g < names.size(); g++) {
                counts[g + 1] += counts[g];
            }
            long[] order = new long[size];
            int[] next = Arrays.copyOf(counts, names.size());
            for (int i = 0; i < size; i++) {
                order[next[group[i]]++] = ((long) reportOf[i] << 32) | i;
            }
            var out = new HashMap<List<String>, int[]>();
            for (int g = 0; g < names.size(); g++) {
                Arrays.sort(order, counts[g], counts[g + 1]);
                int[] cells = new int[counts[g + 1] - counts[g]];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = (int) order[counts[g] + c];
                }
                out.put(names.get(g), cells);
            }
            return out;
        }

        private Map<Long, Set<String>> reportJurisdictions() {
            var out = new HashMap<Long, Set<String>>();
            for (int i = 0; i < size; i++) {
                String j = names.get(group[i]).get(0);
                long r = reportIds[reportOf[i]];
                Set<String> in = out.get(r);
                if (in == null) {
                    out.put(r, Set.of(j));
                } else if (!in.contains(j)) {
                    var more = new HashSet<>(in);
                    more.add(j);
                    out.put(r, Set.copyOf(more));
                }
            }
            return out;
        }

        PublishedCells build(Revision revision) {
            if (base != null) {
                throw new IllegalStateException("a builder made from a copy is for PublishedCells.replace");
            }
            var byJurisdiction = new HashMap<String, Map<String, Group>>();
            byGroup().forEach((name, cells) -> {
                var w = new GroupWriter();
                for (int i : cells) {
                    w.add(this, i, reportIds[reportOf[i]]);
                }
                byJurisdiction
                        .computeIfAbsent(name.get(0), j -> new HashMap<>())
                        .put(name.get(1), w.build());
            });
            return new PublishedCells(
                    revision,
                    keys.keySet().toArray(String[]::new),
                    periods.keySet().toArray(PeriodCode[]::new),
                    byJurisdiction,
                    reportJurisdictions(),
                    size);
        }
    }
}
