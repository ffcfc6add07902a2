package org.roadmapmonitor.fund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roadmapmonitor.fund.ledger.LedgerFixtures.deposit;
import static org.roadmapmonitor.fund.ledger.LedgerFixtures.refund;
import static org.roadmapmonitor.fund.ledger.LedgerFixtures.spent;
import static org.roadmapmonitor.fund.ledger.LedgerFixtures.transfer;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.fund.internal.StatusLines;
import org.roadmapmonitor.shared.Money;

/** The lines and columns of the MPTF Office Gateway's funding status that go beyond deposits and transfers. */
class GatewayStatusTest {
    private final LedgerFixtures books = new LedgerFixtures();

    private static Posting.OtherIncome otherIncome(String date, String usd) {
        return new Posting.OtherIncome(LocalDate.parse(date), Money.usd(usd), null, "Balance of a closed fund");
    }

    private static Posting.DonorRefund donorRefund(String donor, String date, String usd) {
        return new Posting.DonorRefund(donor, LocalDate.parse(date), Money.usd(usd), null, null);
    }

    private static Posting.TransferToMdtf toMdtf(String date, String usd) {
        return new Posting.TransferToMdtf(LocalDate.parse(date), Money.usd(usd), null, "Peacebuilding Fund");
    }

    private void fill() {
        books.post(deposit("DE", "2023-02-01", "1000000.00", "USD", null));
        books.post(transfer("P1", "2023-03-01", "400000"));
        books.post(spent("P1", "2023-12-31", "100000", ExpenditureKind.FINAL, 2023));
        books.post(otherIncome("2024-02-01", "2500.00"));
        books.post(refund("P1", "2024-03-01", "30000"));
        books.post(donorRefund("DE", "2025-01-15", "20000.00"));
        books.post(toMdtf("2025-02-01", "50000.00"));
    }

    @Test
    void otherIncomeRefundsToDonorsAndTransfersToOtherMdtfsMoveTheBalanceWithTheAgent() {
        fill();
        FundingStatus s = books.ledger().status(LedgerFixtures.TODAY);
        assertThat(s.otherIncome()).isEqualTo(Money.usd("2500.00"));
        assertThat(s.refundsToDonors()).isEqualTo(Money.usd("20000.00"));
        assertThat(s.transfersToMdtfs()).isEqualTo(Money.usd("50000.00"));
        assertThat(s.totalSources()).isEqualTo(Money.usd("932500.00"));
        assertThat(s.netFunded()).isEqualTo(Money.usd("370000"));
        // 932,500 in, 370,000 net funded and 10,000 fee out
        assertThat(s.balanceWithAgent()).isEqualTo(Money.usd("552500.00"));
        assertThat(s.totalBalance()).isEqualTo(s.balanceWithAgent().plus(s.organisationBalance()));
    }

    @Test
    void aDonorIsNeverRefundedMoreThanItContributed() {
        books.post(deposit("DE", "2023-02-01", "100000.00", "USD", null));
        books.post(deposit("UK", "2023-02-01", "900000.00", "USD", null));
        books.post(donorRefund("DE", "2024-01-10", "60000.00"));
        assertThatThrownBy(() -> books.post(donorRefund("DE", "2024-02-10", "40000.01")))
                .isInstanceOf(InsufficientBalanceException.class)
                .hasMessageContaining("DE");
    }

    @Test
    void theGatewayColumnsSplitPriorYearsFromTheCurrentYearAndAddUpToTheCumulativeFigure() {
        fill();
        var columns = new StatusLines.Columns(
                books.ledger().status(LocalDate.parse("2024-12-31")),
                books.ledger().status(LocalDate.parse("2025-06-30")));
        Map<String, StatusLines.Line> lines = StatusLines.of(columns).stream()
                .filter(l -> !l.heading())
                .collect(Collectors.toMap(StatusLines.Line::key, l -> l));
        assertThat(lines.get("otherIncome").prior()).isEqualTo(Money.usd("2500.00"));
        assertThat(lines.get("otherIncome").current().isZero()).isTrue();
        assertThat(lines.get("donorRefunds").current()).isEqualTo(Money.usd("-20000.00"));
        assertThat(lines.get("mdtfTransfers").amount()).isEqualTo(Money.usd("-50000.00"));
        assertThat(lines.get("netFunded").amount()).isEqualTo(Money.usd("370000"));
        assertThat(lines.get("balanceWithAgent").current()).isEqualTo(Money.usd("-70000.00"));
        for (var line : lines.values()) {
            if (line.amount() != null) {
                assertThat(line.prior().plus(line.current())).as(line.key()).isEqualTo(line.amount());
            }
        }
        assertThat(lines.get("agentPercent").percent()).isNotNull();
        assertThat(StatusLines.priorYearsEnd(LocalDate.parse("2025-06-30"))).isEqualTo("2024-12-31");
    }
}
