package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.roadmapmonitor.evidence.Sdg1642.Count;

/** Properties of SDG 16.4.2 over random weapon counts. */
class Sdg1642Properties {
    @Provide
    Arbitrary<Count> count() {
        var type = Arbitraries.of(Sdg1642.EVENT_TYPES);
        var outcome = Arbitraries.of(Sdg1642.TRACING_OUTCOMES);
        var method = Arbitraries.of("TRACING", "COMPETENT_AUTHORITY").injectNull(0.5);
        return Combinators.combine(
                        type,
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        outcome,
                        method,
                        Arbitraries.longs().between(0, 1_000_000))
                .as((t, criminal, antique, marked, o, m, n) ->
                        new Count(t, t.equals("SEIZED") ? criminal : null, antique && n % 7 == 0, marked, o, m, n));
    }

    @Provide
    Arbitrary<List<Count>> counts() {
        return count().list().ofMaxSize(30);
    }

    @Property
    void theBreakdownsAddUpExactly(@ForAll("counts") List<Count> counts) {
        var r = Sdg1642.compute(counts);
        var b = r.breakdown();
        assertThat(b.tracingOutcome().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(r.denominator());
        assertThat(b.method().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(r.numerator());
        assertThat(b.eventType().values().stream()
                        .mapToLong(Sdg1642.Ratio::denominator)
                        .sum())
                .isEqualTo(r.denominator());
        assertThat(b.eventType().values().stream()
                        .mapToLong(Sdg1642.Ratio::numerator)
                        .sum())
                .isEqualTo(r.numerator());
        assertThat(b.uniquelyMarked().denominator()).isLessThanOrEqualTo(r.denominator());
        assertThat(r.numerator()).isLessThanOrEqualTo(r.denominator());
    }

    @Property
    void aRegionIsTheRatioOfSumsOfItsJurisdictions(
            @ForAll("counts") List<Count> first, @ForAll("counts") List<Count> second) {
        var a = Sdg1642.compute(first);
        var b = Sdg1642.compute(second);
        var all = new ArrayList<>(first);
        all.addAll(second);
        var region = Sdg1642.compute(all);
        assertThat(region.numerator()).isEqualTo(a.numerator() + b.numerator());
        assertThat(region.denominator()).isEqualTo(a.denominator() + b.denominator());
        assertThat(region.value()).isEqualTo(Sdg1642.percent(region.numerator(), region.denominator()));
    }

    @Property
    void antiquesAndAdministrativeSeizuresNeverChangeTheFigure(
            @ForAll("counts") List<Count> counts, @ForAll("count") Count extra) {
        var left = new Count(
                extra.eventType(),
                extra.eventType().equals("SEIZED") ? false : null,
                !extra.eventType().equals("SEIZED"),
                extra.uniquelyMarked(),
                extra.tracingOutcome(),
                extra.originMethod(),
                extra.weapons());
        var with = new ArrayList<>(counts);
        with.add(left);
        var before = Sdg1642.compute(counts);
        var after = Sdg1642.compute(with);
        assertThat(after.numerator()).isEqualTo(before.numerator());
        assertThat(after.denominator()).isEqualTo(before.denominator());
        assertThat(after.excluded().antiques() + after.excluded().administrativeSeizures())
                .isEqualTo(before.excluded().antiques() + before.excluded().administrativeSeizures() + extra.weapons());
    }

    @Property
    void theValueIsNullExactlyWhenNothingCounts(@ForAll("counts") List<Count> counts) {
        var r = Sdg1642.compute(counts);
        assertThat(r.value() == null).isEqualTo(r.denominator() == 0);
        assertThat(r.reason() == null).isEqualTo(r.denominator() != 0);
    }
}
