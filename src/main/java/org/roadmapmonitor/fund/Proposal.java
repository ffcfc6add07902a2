package org.roadmapmonitor.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.roadmapmonitor.shared.Money;

/**
 * A participating organisation's proposal: direct budget lines in USD plus indirect costs at its rate,
 * and what it serves (objectives and KPIs of the fund's framework, jurisdictions).
 */
public record Proposal(
        long id,
        String code,
        String title,
        String organisation,
        String office,
        Integer callNumber,
        String summary,
        BigDecimal indirectRate,
        LocalDate submittedOn,
        State state,
        List<BudgetLine> budget,
        Targets targets) {

    public enum State {
        SUBMITTED,
        APPROVED,
        REJECTED,
        DEFERRED
    }

    public record BudgetLine(String description, Money amount) {}

    /** Objective codes, indicator codes and jurisdiction codes a proposal or project serves. */
    public record Targets(List<String> objectives, List<String> indicators, List<String> jurisdictions) {
        public static final Targets NONE = new Targets(List.of(), List.of(), List.of());
    }

    public Money directCosts() {
        return budget.stream().map(BudgetLine::amount).reduce(Money.zero("USD"), Money::plus);
    }

    /** The indirect costs on the direct budget, rounded to the cent half-even. */
    public Money indirectCosts() {
        return directCosts().times(indirectRate, 2, RoundingMode.HALF_EVEN);
    }

    public Money total() {
        return directCosts().plus(indirectCosts());
    }
}
