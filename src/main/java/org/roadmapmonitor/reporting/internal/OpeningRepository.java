package org.roadmapmonitor.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for periods opened early for one jurisdiction. */
@Repository
public class OpeningRepository {
    private final JdbcClient jdbc;

    OpeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One early opening: who opened the period for which jurisdiction, when and why. */
    public record Opening(String period, String jurisdiction, String reason, String by, Instant at) {}

    public void save(String framework, String period, String jurisdiction, String reason, String by, Instant at) {
        jdbc.sql("""
                insert into reporting_period_opening (framework_id, period_code, jurisdiction_code, reason, opened_by, opened_at)
                select id, ?, ?, ?, ?, ? from framework where code = ?
                on conflict (framework_id, period_code, jurisdiction_code) do update set reason = excluded.reason,
                  opened_by = excluded.opened_by, opened_at = excluded.opened_at""")
                .params(period, jurisdiction, reason, by, Timestamp.from(at), framework)
                .update();
    }

    public Optional<Opening> find(String framework, String period, String jurisdiction) {
        return list(framework, period).stream()
                .filter(o -> o.jurisdiction().equals(jurisdiction))
                .findFirst();
    }

    public List<Opening> list(String framework, String period) {
        return jdbc.sql("""
                select o.period_code, o.jurisdiction_code, o.reason, o.opened_by, o.opened_at
                from reporting_period_opening o join framework f on f.id = o.framework_id
                where f.code = ? and o.period_code = ? order by o.jurisdiction_code""")
                .params(framework, period)
                .query((rs, i) -> new Opening(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
