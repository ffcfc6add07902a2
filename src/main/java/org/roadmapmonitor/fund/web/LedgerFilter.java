package org.roadmapmonitor.fund.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.roadmapmonitor.fund.LedgerQuery;
import org.roadmapmonitor.fund.ledger.EntryType;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.Problem;

/** The ledger page's filter as typed in its form (type, date range, donor, project) and the page asked for. */
record LedgerFilter(String type, String from, String to, String donor, String project, Integer page) {
    /** The query these fields ask for, refusing (400) a type or a date that cannot be read. */
    LedgerQuery query() {
        List<Problem> problems = new ArrayList<>();
        EntryType entryType = null;
        if (type != null && !type.isBlank()) {
            entryType = Arrays.stream(EntryType.values())
                    .filter(t -> t.name().equals(type.strip()))
                    .findFirst()
                    .orElse(null);
            if (entryType == null) {
                problems.add(Problem.at("type", "fund.problem.entryType", type.strip()));
            }
        }
        var q = new LedgerQuery(
                entryType,
                FundInputs.date(from, "from", problems),
                FundInputs.date(to, "to", problems),
                donor,
                project);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems, "fund.refused.filter");
        }
        return q;
    }

    int pageOrFirst() {
        return page == null ? 0 : Math.max(0, page);
    }
}
