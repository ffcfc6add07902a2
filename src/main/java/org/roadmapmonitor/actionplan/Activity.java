package org.roadmapmonitor.actionplan;

import java.time.LocalDate;
import org.roadmapmonitor.shared.Money;

/**
 * Something an institution or partner does for one objective in one jurisdiction over a time span. An
 * activity of a national action plan has {@code plan} set; a partner's activity has none.
 */
public record Activity(
        long id,
        Long plan,
        String framework,
        String version,
        String objective,
        String jurisdiction,
        String organisation,
        String title,
        LocalDate start,
        LocalDate end,
        Money budget,
        Funding funding,
        Status status,
        boolean demo) {

    public enum Status {
        PLANNED,
        ONGOING,
        COMPLETED,
        DELAYED,
        CANCELLED
    }

    /** Where the money comes from: the national budget, a donor (named), a trust-fund project, or elsewhere. */
    public enum Source {
        NATIONAL,
        DONOR,
        TRUST_FUND,
        OTHER
    }

    public record Funding(Source source, String funder, String fund, String project) {}

    public boolean partner() {
        return plan == null;
    }
}
