package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * The compact in-memory copy answers exactly what a plain filter over the cells it was given answers, for any
 * cells (decimals of any scale, numbers beyond a {@code long}, nulls) and any question; every decimal comes back
 * with its scale, so the API prints it as PostgreSQL gave it.
 */
class PublishedCellsProperties {
    private static final List<String> INDICATORS = List.of("KPI-1", "KPI-2", "G-07");
    private static final List<String> PLACES = List.of("AL", "RS", "XK", "GJ100");
    private static final List<String> KEYS = List.of("", "sex=female", "sex=male");
    private static final List<String> PERIODS = List.of("2133", "2133S1", "2133S2", "2134", "2134S2", "2135Q3");
    /** Later writes bring periods and keys the first copy has never seen. */
    private static final List<String> LATER_PERIODS =
            List.of("2133", "2133S1", "2133S2", "2134", "2134S2", "2135Q3", "2136", "2136S1", "2137Q2", "2138");

    private static final List<String> LATER_KEYS = List.of("", "sex=female", "sex=male", "sex=unknown");

    @Provide
    Arbitrary<BigDecimal> decimals() {
        var small = Combinators.combine(
                        Arbitraries.longs(), Arbitraries.integers().between(-3, 12))
                .as(BigDecimal::valueOf);
        var huge = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(40))
                .map(b -> new BigDecimal(b, 3));
        var fineScale = Arbitraries.integers().between(127, 200).map(s -> BigDecimal.valueOf(7, s));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, small),
                        net.jqwik.api.Tuple.of(1, huge),
                        net.jqwik.api.Tuple.of(1, fineScale))
                .injectNull(0.3);
    }

    @Provide
    Arbitrary<List<Cell>> cells() {
        var cell = Combinators.combine(
                        Arbitraries.of(INDICATORS),
                        Arbitraries.of(PLACES),
                        Arbitraries.of(PERIODS),
                        Arbitraries.of(KEYS),
                        decimals(),
                        decimals(),
                        decimals())
                .as((i, j, p, k, v, n, d) -> new Cell(i, j, PeriodCode.parse(p), k, v, n, d, false));
        return cell.list()
                .ofMaxSize(1500)
                .uniqueElements(c -> c.indicator() + c.jurisdiction() + c.period() + c.disaggregationKey());
    }

    @Property(tries = 100)
    void answersWhatAPlainFilterOverTheSameCellsAnswers(
            @ForAll("cells") List<Cell> cells,
            @ForAll @Size(max = 4) List<@net.jqwik.api.From("indicator") String> indicators,
            @ForAll @Size(max = 5) List<@net.jqwik.api.From("place") String> places,
            @ForAll("day") LocalDate from,
            @ForAll("day") LocalDate to,
            @ForAll boolean breakdowns) {
        var copy = built(cells, new Revision(1, 1));

        var answer = copy.cells(indicators, places, from, to, breakdowns);

        var expected = cells.stream()
                .filter(c -> indicators.contains(c.indicator())
                        && places.contains(c.jurisdiction())
                        && !c.period().start().isBefore(from)
                        && !c.period().end().isAfter(to)
                        && c.disaggregationKey().isEmpty() != breakdowns)
                .map(Fixtures::exactly)
                .sorted()
                .toList();
        assertThat(answer.stream().map(Fixtures::exactly).sorted().toList()).isEqualTo(expected);
        assertThat(copy.size()).isEqualTo(cells.size());
    }

    /**
     * A copy brought up to date by delta (the changed reports' cells taken out, their cells as they are now put in,
     * new periods and keys among them) answers exactly what a copy built from scratch over the same cells answers,
     * for every question; the older copy still answers what it answered before.
     */
    @Property(tries = 200)
    void aCopyUpdatedByDeltaEqualsOneBuiltFromScratch(
            @ForAll("cells") List<Cell> before,
            @ForAll("laterCells") List<Cell> later,
            @ForAll @Size(max = 30) Set<@IntRange(min = 1, max = 40) Integer> touchedIds,
            @ForAll boolean breakdowns) {
        Set<Long> touched = new HashSet<>();
        touchedIds.forEach(t -> touched.add((long) t));
        var old = built(before, new Revision(3, 7));
        var everything = List.of("KPI-1", "KPI-2", "G-07");
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2200, 1, 1);
        var oldAnswer = exactly(old.cells(everything, PLACES, from, to, breakdowns));

        var now = new PublishedCells.Builder(old);
        later.stream().filter(c -> touched.contains(report(c))).forEach(c -> now.add(report(c), c));
        var updated = old.replace(touched, now, new Revision(3, 9));

        var after = new ArrayList<Cell>();
        before.stream().filter(c -> !touched.contains(report(c))).forEach(after::add);
        later.stream().filter(c -> touched.contains(report(c))).forEach(after::add);
        var fresh = built(after, new Revision(3, 9));

        assertThat(updated.revision()).isEqualTo(new Revision(3, 9));
        assertThat(updated.size()).isEqualTo(fresh.size()).isEqualTo(after.size());
        assertThat(updated.reports()).isEqualTo(fresh.reports());
        for (int n = 0; n < 8; n++) {
            var someIndicators = n == 0 ? everything : everything.subList(n % 3, 3);
            var somePlaces = n == 0 ? PLACES : PLACES.subList(n % 4, 4);
            var since = LocalDate.of(2133 + n % 3, 1 + n % 12, 1);
            assertThat(exactly(updated.cells(someIndicators, somePlaces, since, to, breakdowns)))
                    .isEqualTo(exactly(fresh.cells(someIndicators, somePlaces, since, to, breakdowns)));
        }
        assertThat(exactly(old.cells(everything, PLACES, from, to, breakdowns))).isEqualTo(oldAnswer);
    }

    @Provide
    Arbitrary<List<Cell>> laterCells() {
        var cell = Combinators.combine(
                        Arbitraries.of(INDICATORS),
                        Arbitraries.of(PLACES),
                        Arbitraries.of(LATER_PERIODS),
                        Arbitraries.of(LATER_KEYS),
                        decimals(),
                        decimals(),
                        decimals())
                .as((i, j, p, k, v, n, d) -> new Cell(i, j, PeriodCode.parse(p), k, v, n, d, false));
        return cell.list()
                .ofMaxSize(400)
                .uniqueElements(c -> c.indicator() + c.jurisdiction() + c.period() + c.disaggregationKey());
    }

    /** A report is one jurisdiction's one period: its number, 1–40, from the two. */
    private static long report(Cell c) {
        return 1
                + PLACES.indexOf(c.jurisdiction()) * 10L
                + LATER_PERIODS.indexOf(c.period().code());
    }

    private static PublishedCells built(List<Cell> cells, Revision revision) {
        var builder = new PublishedCells.Builder();
        cells.forEach(c -> builder.add(report(c), c));
        return builder.build(revision);
    }

    private static List<String> exactly(List<Cell> cells) {
        return cells.stream().map(Fixtures::exactly).sorted().toList();
    }

    @Provide
    Arbitrary<String> indicator() {
        return Arbitraries.of("KPI-1", "KPI-2", "G-07", "KPI-404");
    }

    @Provide
    Arbitrary<String> place() {
        return Arbitraries.of("AL", "RS", "XK", "GJ100", "WB");
    }

    @Provide
    Arbitrary<LocalDate> day() {
        return Arbitraries.integers()
                .between(0, 4 * 366)
                .map(d -> LocalDate.of(2132, 12, 1).plusDays(d));
    }
}
