package org.roadmapmonitor.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.shared.Money;

/** An approved proposal being carried out by a participating organisation. */
public record Project(
        String code,
        String title,
        String organisation,
        String office,
        Status status,
        Money approved,
        String proposal,
        LocalDate startDate,
        LocalDate endDate,
        Proposal.Targets targets) {

    /** pipeline → active → operationally closed → financially closed, one step at a time. */
    public enum Status {
        PIPELINE,
        ACTIVE,
        OPERATIONALLY_CLOSED,
        FINANCIALLY_CLOSED;

        private static final Map<Status, Set<Status>> NEXT = Map.of(
                PIPELINE, Set.of(ACTIVE),
                ACTIVE, Set.of(OPERATIONALLY_CLOSED),
                OPERATIONALLY_CLOSED, Set.of(FINANCIALLY_CLOSED),
                FINANCIALLY_CLOSED, Set.of());

        public boolean canBecome(Status next) {
            return NEXT.get(this).contains(next);
        }

        public List<Status> next() {
            return NEXT.get(this).stream().sorted().toList();
        }
    }
}
