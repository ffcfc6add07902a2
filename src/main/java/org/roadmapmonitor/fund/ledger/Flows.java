package org.roadmapmonitor.fund.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.roadmapmonitor.shared.Money;

/**
 * What one project or participating organisation received, gave back and spent, in USD. The delivery rate
 * is expenditure ÷ net funded amount (transfers − refunds), in per cent with two decimals (half-even);
 * null while nothing is funded.
 */
public record Flows(Money transfers, Money refunds, Money expenditure) {
    public static final Flows NONE = new Flows(Money.zero("USD"), Money.zero("USD"), Money.zero("USD"));

    public Money netFunded() {
        return transfers.minus(refunds);
    }

    public Money balance() {
        return netFunded().minus(expenditure);
    }

    public BigDecimal deliveryRate() {
        return netFunded().isPositive() ? expenditure.percentOf(netFunded(), 2, RoundingMode.HALF_EVEN) : null;
    }

    Flows add(Entry e) {
        return switch (e.type()) {
            case TRANSFER -> new Flows(transfers.plus(e.usd()), refunds, expenditure);
            case REFUND -> new Flows(transfers, refunds.plus(e.usd()), expenditure);
            case EXPENDITURE -> new Flows(transfers, refunds, expenditure.plus(e.usd()));
            default -> this;
        };
    }
}
