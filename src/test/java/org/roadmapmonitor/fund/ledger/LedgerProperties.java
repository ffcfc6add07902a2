package org.roadmapmonitor.fund.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.Money;

/**
 * Random sequences of postings and reversals: whatever is accepted or refused, the statement reconciles
 * (its line-by-line balances equal the entry-by-entry ones, which FundingStatus checks on construction),
 * no balance goes below zero, per-project figures add up to the fund's, and reversing everything brings
 * every total back to zero.
 */
class LedgerProperties {
    private static final String[] PROJECTS = {"P1", "P2", "P3"};
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "SEK", "NOK"};

    /** One step: a posting, or the reversal of the n-th entry written so far. */
    record Step(Posting posting, int reverse) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 2000).map(d -> LedgerFixtures.START.plusDays(d));
        Arbitrary<BigDecimal> amounts =
                Arbitraries.longs().between(1, 500_000_000L).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<BigDecimal> rates =
                Arbitraries.longs().between(50_000, 2_000_000).map(r -> BigDecimal.valueOf(r, 6));
        Arbitrary<String> projects = Arbitraries.of(PROJECTS);
        Arbitrary<Posting> deposits = Combinators.combine(dates, amounts, Arbitraries.of(CURRENCIES), rates)
                .as((d, a, c, r) -> new Posting.Deposit("D" + c, d, Money.of(a, c), "USD".equals(c) ? null : r, null));
        Arbitrary<Posting> transfers = Combinators.combine(projects, dates, amounts)
                .as((p, d, a) -> new Posting.Transfer(p, "ORG-" + p, d, Money.usd(a.toPlainString()), null, null));
        Arbitrary<Posting> refunds = Combinators.combine(projects, dates, amounts)
                .as((p, d, a) -> new Posting.Refund(p, "ORG-" + p, d, Money.usd(a.toPlainString()), null, null));
        Arbitrary<Posting> spending = Combinators.combine(projects, dates, amounts, rates)
                .as((p, d, a, r) -> new Posting.Expenditure(
                        p, "ORG-" + p, d, Money.of(a, "EUR"), r, ExpenditureKind.INTERIM, d.getYear(), null));
        Arbitrary<Posting> others = Combinators.combine(
                        dates, amounts, Arbitraries.integers().between(0, 2))
                .as((d, a, k) -> switch (k) {
                    case 0 -> new Posting.Interest(null, d, Money.usd(a.toPlainString()), null, null);
                    case 1 -> new Posting.BankCharge(d, Money.usd(a.toPlainString()), null, null);
                    default -> new Posting.DirectCost("ORG-P1", d, Money.usd(a.toPlainString()), null, null);
                });
        Arbitrary<Step> postings = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, deposits),
                        net.jqwik.api.Tuple.of(3, transfers),
                        net.jqwik.api.Tuple.of(1, refunds),
                        net.jqwik.api.Tuple.of(3, spending),
                        net.jqwik.api.Tuple.of(1, others))
                .map(p -> new Step(p, -1));
        Arbitrary<Step> reversals = Arbitraries.integers().between(0, 60).map(n -> new Step(null, n));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, postings), net.jqwik.api.Tuple.of(1, reversals))
                .list()
                .ofMaxSize(40);
    }

    @Property(tries = 200)
    void randomPostingsAndReversalsAlwaysReconcile(@ForAll("steps") List<Step> steps) {
        var books = new LedgerFixtures();
        for (Step step : steps) {
            try {
                if (step.posting() != null) {
                    books.post(step.posting());
                } else if (!books.ledger().entries().isEmpty()) {
                    var all = books.ledger().entries();
                    Entry target = all.get(step.reverse() % all.size());
                    LocalDate on = target.date().plusDays(1).isAfter(LedgerFixtures.TODAY)
                            ? target.date()
                            : target.date().plusDays(1);
                    books.reverse(target.id(), on);
                }
            } catch (ConflictException refused) {
                // a refused step writes nothing; the properties below must hold either way
            }
            checkInvariants(books.ledger());
        }
        reverseEverything(books);
        FundingStatus end = books.ledger().status(LedgerFixtures.TODAY);
        assertThat(end.totals().values()).allMatch(Money::isZero);
    }

    private static void checkInvariants(Ledger ledger) {
        FundingStatus s = ledger.status(LedgerFixtures.TODAY);
        assertThat(s.balanceWithAgent().isNegative()).isFalse();
        assertThat(s.totalBalance())
                .isEqualTo(s.totalSources()
                        .minus(s.administrativeAgentFee())
                        .minus(s.directCosts())
                        .minus(s.bankCharges())
                        .minus(s.expenditure()));
        Map<String, Flows> projects = ledger.byProject(LedgerFixtures.TODAY);
        Money net = projects.values().stream().map(Flows::balance).reduce(Money.zero("USD"), Money::plus);
        assertThat(net).isEqualTo(s.organisationBalance());
        projects.values().forEach(f -> assertThat(f.balance().isNegative()).isFalse());
        Money byDonor = ledger.contributionsByDonor(LedgerFixtures.TODAY).values().stream()
                .reduce(Money.zero("USD"), Money::plus);
        assertThat(byDonor).isEqualTo(s.contributions());
    }

    /**
     * Undo every posting. Some orders would take a balance below zero on the way (a refund that paid for a
     * later transfer), and the ledger refuses those, so keep going round until nothing is left to reverse.
     */
    private static void reverseEverything(LedgerFixtures books) {
        boolean progress = true;
        while (progress) {
            progress = false;
            var open = books.ledger().entries().stream()
                    .filter(e -> !e.isReversal() && !books.ledger().isReversed(e.id()))
                    .sorted((a, b) -> Long.compare(b.id(), a.id()))
                    .toList();
            for (Entry e : open) {
                try {
                    if (!books.ledger().isReversed(e.id())) {
                        books.reverse(e.id(), LedgerFixtures.TODAY);
                        progress = true;
                    }
                } catch (InsufficientBalanceException notYet) {
                    // another reversal must come first
                }
            }
        }
        assertThat(books.ledger().entries())
                .allMatch(e -> e.isReversal() || books.ledger().isReversed(e.id()));
    }
}
