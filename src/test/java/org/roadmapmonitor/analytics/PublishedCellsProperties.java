package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
        var builder = new PublishedCells.Builder();
        cells.forEach(builder::add);
        var copy = builder.build(new Revision(1, 1));

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
