package org.roadmapmonitor.fund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roadmapmonitor.fund.ledger.LedgerFixtures.deposit;
import static org.roadmapmonitor.fund.ledger.LedgerFixtures.refund;
import static org.roadmapmonitor.fund.ledger.LedgerFixtures.spent;
import static org.roadmapmonitor.fund.ledger.LedgerFixtures.transfer;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.Problem;

class LedgerTest {
    private final LedgerFixtures books = new LedgerFixtures();

    @Test
    void aEuroDepositCountsItsUsdValueAndDeductsTheOnePercentFee() {
        var written = books.post(deposit("DE", "2020-01-10", "1000000.00", "EUR", "1.0850"));

        assertThat(written)
                .extracting(Entry::type)
                .containsExactly(EntryType.CONTRIBUTION, EntryType.ADMINISTRATIVE_AGENT_FEE);
        assertThat(written)
                .extracting(Entry::posting)
                .containsOnly(written.get(0).posting());
        FundingStatus s = books.ledger().status(LedgerFixtures.TODAY);
        assertThat(s.contributions()).isEqualTo(Money.usd("1085000.00"));
        assertThat(s.administrativeAgentFee()).isEqualTo(Money.usd("10850.00"));
        assertThat(s.balanceWithAgent()).isEqualTo(Money.usd("1074150.00"));
        assertThat(s.balanceWithAgentPercentOfDeposits()).isEqualByComparingTo("99.00");
    }

    @Test
    void theStatementFollowsTheGatewayLayoutAsOfAnyDate() {
        books.post(deposit("UK", "2019-06-01", "2000000", "GBP", "1.3050"));
        books.post(transfer("P1", "2020-02-01", "1000000"));
        books.post(spent("P1", "2020-12-31", "400000", ExpenditureKind.INTERIM, 2020));
        books.post(refund("P1", "2021-03-01", "50000"));
        books.post(new Posting.Interest(null, LocalDate.parse("2021-01-31"), Money.usd("1200.50"), null, null));
        books.post(new Posting.BankCharge(LocalDate.parse("2021-01-31"), Money.usd("35"), null, null));
        books.post(new Posting.DirectCost("UNDP", LocalDate.parse("2021-02-01"), Money.usd("20000"), null, null));

        FundingStatus early = books.ledger().status(LocalDate.parse("2020-06-30"));
        assertThat(early.transfers()).isEqualTo(Money.usd("1000000"));
        assertThat(early.expenditure().isZero()).isTrue();

        FundingStatus s = books.ledger().status(LedgerFixtures.TODAY);
        assertThat(s.contributions()).isEqualTo(Money.usd("2610000.00"));
        assertThat(s.totalSources()).isEqualTo(Money.usd("2611200.50"));
        assertThat(s.totalUses())
                .isEqualTo(Money.usd("1000000")
                        .minus(Money.usd("50000"))
                        .plus(Money.usd("26100"))
                        .plus(Money.usd("20000"))
                        .plus(Money.usd("35")));
        assertThat(s.organisationBalance()).isEqualTo(Money.usd("550000"));
        assertThat(s.totalBalance()).isEqualTo(s.balanceWithAgent().plus(s.organisationBalance()));
        assertThat(s.deliveryRate()).isEqualByComparingTo("42.11"); // 400,000 / 950,000
    }

    @Test
    void aReversalUndoesTheWholePostingAndIsLinkedToIt() {
        var dep = books.post(deposit("SE", "2021-05-05", "5000000", "SEK", "0.1190"));
        var reversal = books.reverse(dep.get(0).id(), LocalDate.parse("2021-05-10"));

        assertThat(reversal)
                .extracting(Entry::reverses)
                .containsExactly(dep.get(0).id(), dep.get(1).id());
        assertThat(reversal.get(0).usd()).isEqualTo(dep.get(0).usd().negate());
        FundingStatus s = books.ledger().status(LedgerFixtures.TODAY);
        assertThat(s.contributions().isZero()).isTrue();
        assertThat(s.totalBalance().isZero()).isTrue();
        assertThatThrownBy(() -> books.reverse(dep.get(0).id(), LocalDate.parse("2021-05-11")))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessageContaining("reversed already");
        assertThatThrownBy(() -> books.reverse(reversal.get(0).id(), LocalDate.parse("2021-05-11")))
                .isInstanceOf(ReversalRefusedException.class);
    }

    @Test
    void nothingIsPostedIntoAClosedPeriodNotEvenAReversal() {
        var dep = books.post(deposit("NO", "2022-03-01", "1000000", "NOK", "0.1130"));
        books.closedThrough(LocalDate.parse("2022-12-31"));

        assertThatThrownBy(() -> books.post(deposit("NO", "2022-12-31", "1", "NOK", "0.1")))
                .isInstanceOf(ClosedPeriodException.class)
                .hasMessageContaining("closed through Dec 31, 2022");
        assertThatThrownBy(() -> books.reverse(dep.get(0).id(), LocalDate.parse("2022-06-01")))
                .isInstanceOf(ClosedPeriodException.class);
        assertThat(books.reverse(dep.get(0).id(), LocalDate.parse("2023-01-02")))
                .hasSize(2);
    }

    @Test
    void aTransferCannotSpendMoneyTheAgentDoesNotHoldOnItsDate() {
        books.post(deposit("FR", "2021-01-01", "100000", "USD", null));
        assertThatThrownBy(() -> books.post(transfer("P1", "2021-02-01", "99000.01")))
                .isInstanceOf(InsufficientBalanceException.class);
        books.post(deposit("FR", "2021-03-01", "100000", "USD", null));
        // enough money by March, but not on the back-dated day
        assertThatThrownBy(() -> books.post(transfer("P1", "2021-02-01", "100000")))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThat(books.post(transfer("P1", "2021-03-01", "100000"))).hasSize(1);
    }

    @Test
    void aProjectCannotSpendOrRefundMoreThanItReceived() {
        books.post(deposit("DE", "2021-01-01", "100000", "USD", null));
        books.post(transfer("P1", "2021-02-01", "50000"));
        assertThatThrownBy(() -> books.post(spent("P1", "2021-12-31", "50000.01", ExpenditureKind.INTERIM, 2021)))
                .isInstanceOf(InsufficientBalanceException.class)
                .hasMessageContaining("P1");
        assertThatThrownBy(() -> books.post(refund("P2", "2021-03-01", "1")))
                .isInstanceOf(InsufficientBalanceException.class);
    }

    @Test
    void everyFieldProblemIsListedAtOnce() {
        var bad = new Posting.Deposit("DE", LocalDate.parse("2018-01-01"), Money.of("-5", "EUR"), null, null);
        assertThatThrownBy(() -> books.ledger().post(bad))
                .isInstanceOfSatisfying(
                        InvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactlyInAnyOrder("amount", "amount", "usdRate", "date"));
        var future = deposit("DE", "2030-01-01", "5", "USD", "1.2");
        assertThatThrownBy(() -> books.ledger().post(future))
                .isInstanceOfSatisfying(
                        InvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactlyInAnyOrder("usdRate", "date"));
    }

    @Test
    void aYearHasOneFinalExpenditureReportWhichMayBeZero() {
        books.post(deposit("DE", "2021-01-01", "100000", "USD", null));
        books.post(transfer("P1", "2021-02-01", "50000"));
        books.post(spent("P1", "2021-10-01", "20000", ExpenditureKind.INTERIM, 2021));
        var fin = books.post(spent("P1", "2022-04-15", "0", ExpenditureKind.FINAL, 2021));

        assertThat(books.ledger().hasFinalReport("P1", 2021)).isTrue();
        assertThat(books.ledger().hasFinalReport("P1", 2022)).isFalse();
        assertThatThrownBy(() -> books.post(spent("P1", "2022-04-20", "10", ExpenditureKind.FINAL, 2021)))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessageContaining("reverse it first");
        books.reverse(fin.get(0).id(), LocalDate.parse("2022-04-21"));
        assertThat(books.ledger().hasFinalReport("P1", 2021)).isFalse();
    }

    @Test
    void projectsAndOrganisationsHaveTheirOwnDeliveryRate() {
        books.post(deposit("DE", "2021-01-01", "1000000", "USD", null));
        books.post(transfer("P1", "2021-02-01", "300000"));
        books.post(new Posting.Transfer("P2", "UNODC", LocalDate.parse("2021-02-01"), Money.usd("200000"), null, null));
        books.post(spent("P1", "2021-12-31", "150000", ExpenditureKind.FINAL, 2021));

        var projects = books.ledger().byProject(LedgerFixtures.TODAY);
        assertThat(projects.get("P1").deliveryRate()).isEqualByComparingTo("50.00");
        assertThat(projects.get("P2").deliveryRate()).isEqualByComparingTo("0.00");
        assertThat(books.ledger()
                        .byOrganisation(LedgerFixtures.TODAY)
                        .get("UNODC")
                        .netFunded())
                .isEqualTo(Money.usd("200000"));
        assertThat(Flows.NONE.deliveryRate()).isNull();
        assertThat(books.ledger().status(LedgerFixtures.TODAY).deliveryRate()).isEqualByComparingTo("30.00");
    }
}
