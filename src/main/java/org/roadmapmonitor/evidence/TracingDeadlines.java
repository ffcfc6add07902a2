package org.roadmapmonitor.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * When an unanswered tracing request is due: its sending date plus the response time of the frameworks its
 * jurisdiction takes part in ({@code tracing_response_time}, the shortest when several set one), or the
 * configured default ({@code roadmap.evidence.tracing-response-days}) when none does. A request past its due
 * date is overdue; an answered one never is.
 */
@Service
public class TracingDeadlines {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int defaultDays;

    public TracingDeadlines(
            JdbcClient jdbc, Clock clock, @Value("${roadmap.evidence.tracing-response-days:30}") int defaultDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    /**
     * A request still waiting for its answer, with the day it was due by and the rule that set it: the
     * response time in days and the framework whose setting it is (null: none of the jurisdiction's frameworks
     * sets one, the configured default applies).
     */
    public record Due(LocalDate dueOn, boolean overdue, int days, String framework) {}

    /** The due date of each unanswered request among these ids, in one query. */
    public Map<Long, Due> due(Collection<Long> requestIds) {
        var out = new HashMap<Long, Due>();
        if (requestIds.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                select r.id, r.sent_on, t.days, t.framework_code
                from tracing_request r
                join weapon_item w on w.id = r.weapon_item_id
                join arms_event e on e.id = w.event_id
                left join lateral (
                    select t.days, t.framework_code from tracing_response_time t
                    join jurisdiction_membership m on m.framework_code = t.framework_code
                    where m.jurisdiction_code = e.jurisdiction_code and t.days is not null
                    order by t.days, t.framework_code limit 1) t on true
                where r.id = any(?) and r.answered_on is null""").param(requestIds.toArray(Long[]::new)).query((RowCallbackHandler) rs -> {
            String framework = rs.getString("framework_code");
            int days = framework == null ? defaultDays : rs.getInt("days");
            LocalDate dueOn = rs.getDate("sent_on").toLocalDate().plusDays(days);
            out.put(rs.getLong("id"), new Due(dueOn, dueOn.isBefore(today), days, framework));
        });
        return out;
    }

    /** The due date of one request; null once it is answered. */
    public Due due(long requestId) {
        return due(java.util.List.of(requestId)).get(requestId);
    }
}
