package org.roadmapmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PeriodCodeProperties {

    @Provide
    Arbitrary<PeriodCode> periods() {
        // stays clear of 1000 and 9999 so that next() and previous() are always defined
        Arbitrary<Integer> years = Arbitraries.integers().between(1001, 9998);
        return Arbitraries.of(PeriodType.class)
                .flatMap(type -> Combinators.combine(
                                years, Arbitraries.integers().between(1, type.periodsPerYear()))
                        .as((year, index) -> new PeriodCode(type, year, index)));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1000, 1, 1).toEpochDay(),
                        LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void parsingTheCodeGivesBackThePeriod(@ForAll("periods") PeriodCode period) {
        assertThat(PeriodCode.parse(period.code())).isEqualTo(period);
        assertThat(PeriodCode.isValid(period.toString())).isTrue();
    }

    @Property
    void previousUndoesNext(@ForAll("periods") PeriodCode period) {
        assertThat(period.next().previous()).isEqualTo(period);
        assertThat(period.previous().next()).isEqualTo(period);
    }

    @Property
    void successionLeavesNoGap(@ForAll("periods") PeriodCode period) {
        assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
    }

    @Property
    void plusIsRepeatedNext(@ForAll("periods") PeriodCode period, @ForAll @IntRange(min = -24, max = 24) int n) {
        Assume.that(period.year() >= 1024 && period.year() <= 9975);
        PeriodCode stepped = period;
        for (int i = 0; i < Math.abs(n); i++) {
            stepped = n > 0 ? stepped.next() : stepped.previous();
        }
        assertThat(period.plus(n)).isEqualTo(stepped);
    }

    @Property
    void childrenExactlyTileTheirParent(@ForAll("periods") PeriodCode period, @ForAll PeriodType finerType) {
        Assume.that(!finerType.isCoarserThan(period.type()));

        List<PeriodCode> children = period.children(finerType);

        assertThat(children.get(0).start()).isEqualTo(period.start());
        assertThat(children.get(children.size() - 1).end()).isEqualTo(period.end());
        for (int i = 1; i < children.size(); i++) {
            assertThat(children.get(i).start())
                    .isEqualTo(children.get(i - 1).end().plusDays(1));
        }
        assertThat(children).allSatisfy(child -> assertThat(child.type()).isEqualTo(finerType));
    }

    @Property
    void everyPeriodLiesInItsParentOfEachCoarserType(@ForAll("periods") PeriodCode period) {
        for (PeriodType coarserType : PeriodType.values()) {
            if (!coarserType.isFinerThan(period.type())) {
                PeriodCode parent = period.parent(coarserType);
                assertThat(parent.type()).isEqualTo(coarserType);
                assertThat(parent.contains(period)).isTrue();
                assertThat(parent.children(period.type())).contains(period);
            }
        }
        assertThat(period.parent(PeriodType.YEARLY).contains(period)).isTrue();
        assertThat(period.parent(PeriodType.YEARLY).year()).isEqualTo(period.year());
    }

    @Property
    void periodOfADateContainsThatDate(@ForAll("dates") LocalDate date, @ForAll PeriodType type) {
        PeriodCode period = PeriodCode.of(type, date);

        assertThat(period.contains(date)).isTrue();
        assertThat(period.type()).isEqualTo(type);
    }

    @Property
    void containmentMatchesDates(@ForAll("periods") PeriodCode a, @ForAll("periods") PeriodCode b) {
        boolean byDates = !b.start().isBefore(a.start()) && !b.end().isAfter(a.end());

        assertThat(a.contains(b)).isEqualTo(byDates);
    }

    @Property
    void textThatIsNotACodeIsRefusedWithInvalidExceptionOnly(@ForAll("notCodes") String text) {
        Assume.that(!text.matches("[1-9]\\d{3}(S[12]|Q[1-4]|0[1-9]|1[0-2])?"));

        assertThatThrownBy(() -> PeriodCode.parse(text))
                .isExactlyInstanceOf(InvalidException.class)
                .hasMessageContaining("period code");
        assertThat(PeriodCode.isValid(text)).isFalse();
    }

    @Provide
    Arbitrary<String> notCodes() {
        // near-misses of real codes find more parser edge cases than uniformly random text
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(10);
        Arbitrary<String> codeLike = Arbitraries.strings()
                .withChars("0123456789SQsqM- ")
                .ofMinLength(0)
                .ofMaxLength(8);
        Arbitrary<String> digits =
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8);
        return Arbitraries.oneOf(random, codeLike, digits);
    }

    @Property
    void orderFollowsStartDatesThenCoarserFirst(@ForAll("periods") PeriodCode a, @ForAll("periods") PeriodCode b) {
        int byStart = a.start().compareTo(b.start());
        int expected =
                byStart != 0 ? byStart : a.type().periodsPerYear() - b.type().periodsPerYear();

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }
}
