package org.roadmapmonitor.fund;

import java.time.LocalDate;
import org.roadmapmonitor.shared.Money;

/**
 * The steering committee's decision on a proposal at a meeting; an approval names the amount allocated. The
 * meeting link, when the decision was recorded at a meeting of the coordination module, leads to that meeting.
 */
public record Decision(
        long id,
        String proposal,
        String meeting,
        LocalDate decidedOn,
        Outcome outcome,
        Money amount,
        String reason,
        String meetingLink) {
    public Decision(
            long id,
            String proposal,
            String meeting,
            LocalDate decidedOn,
            Outcome outcome,
            Money amount,
            String reason) {
        this(id, proposal, meeting, decidedOn, outcome, amount, reason, null);
    }

    public enum Outcome {
        APPROVED,
        REJECTED,
        DEFERRED
    }
}
