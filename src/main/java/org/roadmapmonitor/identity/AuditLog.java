package org.roadmapmonitor.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.shared.ChangeMade;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of every write. Modules publish {@link ChangeMade} inside the transaction of the
 * write itself; it is recorded synchronously, so a write and its audit row commit or roll back together.
 */
@Service
public class AuditLog {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(ChangeMade change) {
        record(
                change.action(),
                change.entityType(),
                change.entityId(),
                change.summary(),
                change.before(),
                change.after());
    }

    public void record(
            String action,
            String entityType,
            String entityId,
            ChangeMade.Summary summary,
            Object before,
            Object after) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary_key, summary_args,
                                         before_state, after_state)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb))""")
                .params(
                        Timestamp.from(clock.instant()),
                        CurrentUser.actor(),
                        action,
                        entityType,
                        entityId,
                        summary.key(),
                        json.writeValueAsString(summary.args()),
                        toJson(before),
                        toJson(after))
                .update();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String s ? json.writeValueAsString(s) : json.writeValueAsString(state);
    }

    public record Query(String entityType, String actor, String text, int page, int size) {
        public Query {
            page = Math.max(page, 0);
            size = Math.min(Math.max(size, 1), 200);
        }
    }

    public record Page(List<AuditEvent> events, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public Page search(Query q) {
        var where = new StringBuilder(" where true");
        var params = new ArrayList<Object>();
        if (q.entityType() != null && !q.entityType().isBlank()) {
            where.append(" and entity_type = ?");
            params.add(q.entityType());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" and actor = ?");
            params.add(q.actor().trim().toLowerCase());
        }
        if (q.text() != null && !q.text().isBlank()) {
            // Keyed summaries are searched by their arguments (names, codes, amounts), legacy ones by their text.
            where.append(" and (coalesce(summary, summary_args::text) ilike ? or entity_id ilike ?)");
            String like = "%" + q.text().trim().replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("select count(*) from audit_event" + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(q.size());
        pageParams.add((long) q.page() * q.size());
        List<AuditEvent> events = jdbc.sql("""
                select id, occurred_at, actor, action, entity_type, entity_id, summary, summary_key,
                       summary_args::text as summary_args,
                       before_state::text as before_state, after_state::text as after_state
                from audit_event""" + where + " order by occurred_at desc, id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, i) -> new AuditEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("summary"),
                        rs.getString("summary_key"),
                        args(rs.getString("summary_args")),
                        rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
        return new Page(events, total, q.page(), q.size());
    }

    private List<String> args(String stored) {
        return stored == null ? List.of() : List.of(json.readValue(stored, String[].class));
    }

    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_event order by 1")
                .query(String.class)
                .list();
    }
}
