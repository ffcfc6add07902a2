package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.roadmapmonitor.analytics.Rows.Place;
import org.roadmapmonitor.analytics.Rows.Stored;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * No value is counted twice: a year stored as such is never added to its half-years, a total never to its
 * breakdown cells, and a region counts each member's value once.
 */
class RowsProperties {
    private static final List<String> MEMBERS = List.of("AA", "BB", "CC", "DD");
    private static final List<String> KEYS = List.of("", "sex=female", "sex=male");
    private static final List<String> PERIODS = List.of("2101", "2101S1", "2101S2");

    @Provide
    Arbitrary<List<Cell>> cells() {
        var cell = Combinators.combine(
                        Arbitraries.of(MEMBERS),
                        Arbitraries.of(PERIODS),
                        Arbitraries.of(KEYS),
                        Arbitraries.integers().between(0, 1000))
                .as((j, p, k, v) -> Fixtures.cell(j, p, k, String.valueOf(v)));
        // One stored cell per jurisdiction, period and key, as the database's unique key guarantees.
        return cell.list().ofMaxSize(36).uniqueElements(c -> c.jurisdiction() + c.period() + c.disaggregationKey());
    }

    @Property(tries = 200)
    void aRegionsYearlyTotalCountsEachMembersYearOnceFromItsYearOrElseItsHalves(@ForAll("cells") List<Cell> cells) {
        var stored = new Stored();
        cells.forEach(stored::add);
        var def = Fixtures.count(Vocabulary.Aggregation.SUM);
        var year = PeriodCode.year(2101);
        var rows = Rows.of(
                def, List.of(new Place("WB", MEMBERS)), List.of(year), List.of(""), stored, StatusScale.DEFAULT);

        BigDecimal expected = BigDecimal.ZERO;
        int reporting = 0;
        for (String m : MEMBERS) {
            var own = cells.stream()
                    .filter(c ->
                            c.jurisdiction().equals(m) && c.disaggregationKey().isEmpty())
                    .toList();
            var direct = own.stream().filter(c -> c.period().equals(year)).findFirst();
            var halves = own.stream().filter(c -> !c.period().equals(year)).toList();
            if (direct.isPresent()) {
                expected = expected.add(direct.get().value());
                reporting++;
            } else if (halves.size() == 2) {
                expected = expected.add(halves.get(0).value()).add(halves.get(1).value());
                reporting++;
            }
        }
        var row = rows.get(0);
        assertThat(row.missing()).hasSize(MEMBERS.size() - reporting);
        if (reporting == 0) {
            assertThat(row.value()).isNull();
        } else {
            assertThat(row.value()).isEqualByComparingTo(expected);
        }
    }

    @Property(tries = 200)
    void breakdownRowsNeverMixWithTotals(@ForAll("cells") List<Cell> cells) {
        var stored = new Stored();
        cells.forEach(stored::add);
        var def = Fixtures.count(Vocabulary.Aggregation.SUM);
        var half = PeriodCode.parse("2101S1");
        for (String key : KEYS) {
            var row = Rows.of(
                            def,
                            List.of(new Place("WB", MEMBERS)),
                            List.of(half),
                            List.of(key),
                            stored,
                            StatusScale.DEFAULT)
                    .get(0);
            BigDecimal expected = cells.stream()
                    .filter(c ->
                            c.period().equals(half) && c.disaggregationKey().equals(key))
                    .map(Cell::value)
                    .reduce(BigDecimal::add)
                    .orElse(null);
            if (expected == null) {
                assertThat(row.value()).isNull();
            } else {
                assertThat(row.value()).isEqualByComparingTo(expected);
            }
            assertThat(row.disaggregation().isEmpty()).isEqualTo(key.isEmpty());
        }
    }
}
