package org.roadmapmonitor.fund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.shared.Money;

/** A ledger in memory that writes entries the way the store does: numbered, one posting id per posting. */
final class LedgerFixtures {
    static final LocalDate START = LocalDate.of(2019, 3, 15);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private Ledger ledger;
    private long nextId = 1;
    private long nextPosting = 1;

    LedgerFixtures(LocalDate closedThrough) {
        ledger = new Ledger(List.of(), new Ledger.Rules(START, closedThrough, new BigDecimal("0.01"), TODAY));
    }

    LedgerFixtures() {
        this(null);
    }

    Ledger ledger() {
        return ledger;
    }

    List<Entry> post(Posting p) {
        return write(ledger.post(p));
    }

    List<Entry> reverse(long id, LocalDate on) {
        return write(ledger.reverse(id, on, "correction"));
    }

    LedgerFixtures closedThrough(LocalDate day) {
        var r = ledger.rules();
        ledger = new Ledger(ledger.entries(), new Ledger.Rules(r.fundStart(), day, r.feeRate(), r.today()));
        return this;
    }

    private List<Entry> write(List<Entry> drafts) {
        long posting = nextPosting++;
        List<Entry> written = new ArrayList<>();
        for (Entry d : drafts) {
            written.add(d.withIds(nextId++, posting));
        }
        ledger = ledger.with(written);
        return written;
    }

    static Posting.Deposit deposit(String donor, String date, String amount, String currency, String rate) {
        return new Posting.Deposit(
                donor,
                LocalDate.parse(date),
                Money.of(amount, currency),
                rate == null ? null : new BigDecimal(rate),
                null);
    }

    static Posting.Transfer transfer(String project, String date, String usd) {
        return new Posting.Transfer(project, "UNDP", LocalDate.parse(date), Money.usd(usd), null, null);
    }

    static Posting.Refund refund(String project, String date, String usd) {
        return new Posting.Refund(project, "UNDP", LocalDate.parse(date), Money.usd(usd), null, null);
    }

    static Posting.Expenditure spent(String project, String date, String usd, ExpenditureKind kind, int year) {
        return new Posting.Expenditure(project, "UNDP", LocalDate.parse(date), Money.usd(usd), null, kind, year, null);
    }
}
