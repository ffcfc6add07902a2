package org.roadmapmonitor.fund;

import java.time.LocalDate;
import org.roadmapmonitor.shared.Money;

/** The steering committee's decision on a proposal at a meeting; an approval names the amount allocated. */
public record Decision(
        long id, String proposal, String meeting, LocalDate decidedOn, Outcome outcome, Money amount, String reason) {
    public enum Outcome {
        APPROVED,
        REJECTED,
        DEFERRED
    }
}
