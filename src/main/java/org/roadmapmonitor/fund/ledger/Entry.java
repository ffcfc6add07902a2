package org.roadmapmonitor.fund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.roadmapmonitor.shared.Money;

/**
 * One line of the ledger, never changed once written. The amount is in the currency of the movement, the
 * USD value at the rate of its date; a reversal carries negated amounts and the id of the entry it undoes.
 * Entries written together (a deposit and its fee) share a posting id.
 *
 * @param donor the donor's code (contributions and their fees)
 * @param project the project's code (transfers, refunds, expenditure)
 * @param organisation the participating organisation's code (with a project, or interest and direct costs)
 */
public record Entry(
        long id,
        long posting,
        EntryType type,
        LocalDate date,
        Money amount,
        BigDecimal usdRate,
        Money usd,
        String donor,
        String project,
        String organisation,
        ExpenditureKind kind,
        Integer year,
        Long reverses,
        String memo) {

    public Entry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(usd, "usd");
        if (!"USD".equals(usd.currency())) {
            throw new IllegalArgumentException("The USD value must be in USD, not " + usd.currency());
        }
    }

    public boolean isReversal() {
        return reverses != null;
    }

    /** An entry not written yet: the ledger has checked it; the store gives it its id and posting. */
    public Entry withIds(long id, long posting) {
        return new Entry(
                id,
                posting,
                type,
                date,
                amount,
                usdRate,
                usd,
                donor,
                project,
                organisation,
                kind,
                year,
                reverses,
                memo);
    }

    /** The entry that undoes this one, dated {@code on}, with the reason as its memo. */
    Entry reversal(LocalDate on, String reason) {
        return new Entry(
                0,
                0,
                type,
                on,
                amount.negate(),
                usdRate,
                usd.negate(),
                donor,
                project,
                organisation,
                kind,
                year,
                id,
                reason);
    }
}
