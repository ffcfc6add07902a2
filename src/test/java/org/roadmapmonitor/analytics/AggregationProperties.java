package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.roadmapmonitor.analytics.Aggregation.Folded;
import org.roadmapmonitor.analytics.Aggregation.Part;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.shared.PeriodCode;

/** Every aggregation rule over random members, values and gaps. */
class AggregationProperties {
    /** Up to 12 members, each with a ratio's parts (or nothing: a missing member). */
    @Provide
    Arbitrary<Map<String, Part>> ratios() {
        Arbitrary<Part> part = Combinators.combine(
                        Arbitraries.integers().between(0, 5000),
                        Arbitraries.integers().between(0, 5000))
                .as((a, b) -> new Part(
                        null, BigDecimal.valueOf(Math.min(a, b)), BigDecimal.valueOf(Math.max(a, b)), a % 3 == 0));
        return part.injectNull(0.2).list().ofMinSize(1).ofMaxSize(12).map(AggregationProperties::byMember);
    }

    @Provide
    Arbitrary<Map<String, Part>> values() {
        Arbitrary<Part> part = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000"), new BigDecimal("100000"))
                .ofScale(2)
                .map(v -> new Part(v, null, null, false));
        return part.injectNull(0.2).list().ofMinSize(1).ofMaxSize(12).map(AggregationProperties::byMember);
    }

    private static Map<String, Part> byMember(List<Part> parts) {
        var out = new LinkedHashMap<String, Part>();
        for (int i = 0; i < parts.size(); i++) {
            out.put("J" + i, parts.get(i));
        }
        return out;
    }

    private static List<String> members(Map<String, Part> parts) {
        return new ArrayList<>(parts.keySet());
    }

    private static Map<String, Part> present(Map<String, Part> parts) {
        var out = new HashMap<String, Part>();
        parts.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Property
    void aRegionsRatioOfSumsIsTheRatioOfItsSummedPartsHoweverTheRegionIsSplit(
            @ForAll("ratios") Map<String, Part> parts) {
        var members = members(parts);
        Folded whole =
                Aggregation.acrossJurisdictions(Vocabulary.Aggregation.RATIO_OF_SUMS, null, present(parts), members);
        // Fold the first half and the second half as two sub-regions, then fold the two.
        int cut = members.size() / 2;
        var subregions = new HashMap<String, Part>();
        var halves = List.of(members.subList(0, cut), members.subList(cut, members.size()));
        for (int h = 0; h < 2; h++) {
            Folded f = Aggregation.acrossJurisdictions(
                    Vocabulary.Aggregation.RATIO_OF_SUMS, null, present(parts), halves.get(h));
            if (f.numerator() != null) {
                subregions.put("H" + h, new Part(f.value(), f.numerator(), f.denominator(), f.working()));
            }
        }
        Folded ofHalves = Aggregation.acrossJurisdictions(
                Vocabulary.Aggregation.RATIO_OF_SUMS, null, subregions, List.of("H0", "H1"));

        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Part p : present(parts).values()) {
            num = num.add(p.numerator());
            den = den.add(p.denominator());
        }
        if (present(parts).isEmpty()) {
            assertThat(whole.value()).isNull();
            assertThat(whole.missing()).containsExactlyElementsOf(members);
            return;
        }
        assertThat(whole.numerator()).isEqualByComparingTo(num);
        assertThat(whole.denominator()).isEqualByComparingTo(den);
        assertThat(whole.value()).isEqualTo(Aggregation.ratio(num, den));
        assertThat(ofHalves.value()).isEqualTo(whole.value());
        assertThat(ofHalves.numerator()).isEqualByComparingTo(num);
    }

    @Property
    void aRegionsSumCountsEachPresentMemberOnceAndNamesEveryMissingOne(@ForAll("values") Map<String, Part> parts) {
        var members = members(parts);
        Folded f = Aggregation.acrossJurisdictions(Vocabulary.Aggregation.SUM, null, present(parts), members);
        var missing = members.stream().filter(m -> parts.get(m) == null).toList();
        assertThat(f.missing()).containsExactlyElementsOf(missing);
        BigDecimal expected =
                present(parts).values().stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (missing.size() == members.size()) {
            assertThat(f.value()).isNull();
        } else {
            assertThat(f.value()).isEqualByComparingTo(expected);
        }
        // The order in which members are listed changes nothing but the order of the missing.
        var shuffled = new ArrayList<>(members);
        Collections.reverse(shuffled);
        Folded again = Aggregation.acrossJurisdictions(Vocabulary.Aggregation.SUM, null, present(parts), shuffled);
        assertThat(again.value()).isEqualTo(f.value());
        assertThat(again.missing()).containsExactlyInAnyOrderElementsOf(missing);
    }

    @Property
    void anAverageLiesBetweenTheSmallestAndTheLargestValue(@ForAll("values") Map<String, Part> parts) {
        var present = present(parts);
        Folded f = Aggregation.acrossJurisdictions(Vocabulary.Aggregation.AVERAGE, null, present, members(parts));
        if (present.isEmpty()) {
            assertThat(f.value()).isNull();
            return;
        }
        var values = present.values().stream().map(Part::value).toList();
        assertThat(f.value())
                .isBetween(
                        values.stream().min(BigDecimal::compareTo).orElseThrow(),
                        values.stream().max(BigDecimal::compareTo).orElseThrow());
    }

    @Property
    void aCountOfJurisdictionsMeetingAConditionIsOutOfAllMembers(
            @ForAll("values") Map<String, Part> parts, @ForAll("conditions") Condition condition) {
        var members = members(parts);
        var present = present(parts);
        Folded f = Aggregation.acrossJurisdictions(
                Vocabulary.Aggregation.COUNT_MEETING_CONDITION, condition, present, members);
        long meeting =
                present.values().stream().filter(p -> condition.test(p.value())).count();
        if (present.isEmpty()) {
            assertThat(f.value()).isNull();
            return;
        }
        assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(meeting));
        assertThat(f.numerator()).isEqualByComparingTo(BigDecimal.valueOf(meeting));
        assertThat(f.denominator()).isEqualByComparingTo(BigDecimal.valueOf(members.size()));
        assertThat(f.numerator()).isLessThanOrEqualTo(f.denominator());
    }

    @Provide
    Arbitrary<Condition> conditions() {
        return Combinators.combine(
                        Arbitraries.of(">=", ">", "=", "<=", "<", "!="),
                        Arbitraries.integers().between(-5, 500))
                .as((op, n) -> Condition.parse(op + " " + n));
    }

    @Property
    void halfYearsRollUpIntoTheirYearOnlyWhenBothAreThere(
            @ForAll("halves") Map<PeriodCode, Part> halves, @ForAll("summable") Vocabulary.Aggregation rule) {
        var year = PeriodCode.year(2101);
        var expected = year.children(org.roadmapmonitor.shared.PeriodType.SIX_MONTHLY);
        Folded f = Aggregation.acrossPeriods(rule, halves, expected);
        var missing = expected.stream()
                .filter(p -> halves.get(p) == null || !halves.get(p).present(rule))
                .map(PeriodCode::code)
                .toList();
        assertThat(f.missing()).containsExactlyElementsOf(missing);
        if (!missing.isEmpty()) {
            assertThat(f.value()).isNull();
            return;
        }
        Part h1 = halves.get(expected.get(0));
        Part h2 = halves.get(expected.get(1));
        switch (rule) {
            case SUM -> assertThat(f.value()).isEqualByComparingTo(h1.value().add(h2.value()));
            case RATIO_OF_SUMS -> {
                assertThat(f.numerator()).isEqualByComparingTo(h1.numerator().add(h2.numerator()));
                assertThat(f.denominator())
                        .isEqualByComparingTo(h1.denominator().add(h2.denominator()));
            }
            default -> assertThat(f.value()).isNotNull();
        }
    }

    @Property
    void aLastValueOrAStateIsTheLatestHalfThatWasReported(
            @ForAll("halves") Map<PeriodCode, Part> halves, @ForAll("states") Vocabulary.Aggregation rule) {
        var expected = PeriodCode.year(2101).children(org.roadmapmonitor.shared.PeriodType.SIX_MONTHLY);
        Folded f = Aggregation.acrossPeriods(rule, halves, expected);
        Part latest = halves.get(expected.get(1)) != null ? halves.get(expected.get(1)) : halves.get(expected.get(0));
        assertThat(f.value()).isEqualTo(latest == null ? null : latest.value());
    }

    @Provide
    Arbitrary<Vocabulary.Aggregation> summable() {
        return Arbitraries.of(
                Vocabulary.Aggregation.SUM, Vocabulary.Aggregation.AVERAGE, Vocabulary.Aggregation.RATIO_OF_SUMS);
    }

    @Provide
    Arbitrary<Vocabulary.Aggregation> states() {
        return Arbitraries.of(Vocabulary.Aggregation.LAST_VALUE, Vocabulary.Aggregation.COUNT_MEETING_CONDITION);
    }

    @Provide
    Arbitrary<Map<PeriodCode, Part>> halves() {
        Arbitrary<Part> part = Combinators.combine(
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(1, 100))
                .as((a, b) -> new Part(
                        BigDecimal.valueOf(a), BigDecimal.valueOf(Math.min(a, b)), BigDecimal.valueOf(b), false));
        return Combinators.combine(part.injectNull(0.3), part.injectNull(0.3)).as((a, b) -> {
            var out = new HashMap<PeriodCode, Part>();
            if (a != null) {
                out.put(PeriodCode.halfYear(2101, 1), a);
            }
            if (b != null) {
                out.put(PeriodCode.halfYear(2101, 2), b);
            }
            return out;
        });
    }
}
