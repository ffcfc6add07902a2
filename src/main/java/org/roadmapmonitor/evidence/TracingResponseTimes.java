package org.roadmapmonitor.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.StaleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each framework's tracing response time: the days within which a tracing request should be answered, after
 * which {@link TracingDeadlines} flags it overdue. Read by everyone who signs in, set by the secretariat
 * (audited, guarded by a revision); empty, the configured default applies.
 */
@Service
public class TracingResponseTimes {
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;

    private final JdbcClient jdbc;
    private final FrameworkCatalogue frameworks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int defaultDays;

    TracingResponseTimes(
            JdbcClient jdbc,
            FrameworkCatalogue frameworks,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${roadmap.evidence.tracing-response-days:30}") int defaultDays) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.events = events;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    /**
     * A framework's setting: its own days (null: none set, {@code defaultDays} applies), the revision an
     * If-Match names (0 before the first setting), who set it last and when.
     */
    public record Setting(
            String framework, Integer days, int defaultDays, long revision, String updatedBy, Instant updatedAt) {
        /** The days that apply. */
        public int effectiveDays() {
            return days == null ? defaultDays : days;
        }
    }

    public Setting get(String framework) {
        String code = frameworks.summary(framework).code();
        return jdbc.sql("select days, revision, updated_by, updated_at from tracing_response_time"
                        + " where framework_code = ?")
                .param(code)
                .query((rs, n) -> new Setting(
                        code,
                        (Integer) rs.getObject("days"),
                        defaultDays,
                        rs.getLong("revision"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at") == null
                                ? null
                                : rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElse(new Setting(code, null, defaultDays, 0, null, null));
    }

    /**
     * Sets the days (null clears them: the default applies again), if the setting is still at
     * {@code expectedRevision}; days outside 1–3650 are refused naming the field {@code days}.
     */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Setting set(String framework, Integer days, long expectedRevision) {
        String code = frameworks.summary(framework).code();
        if (days != null && (days < MIN_DAYS || days > MAX_DAYS)) {
            throw new InvalidException("days", "evidence.responseTime.range", String.valueOf(days), MIN_DAYS, MAX_DAYS);
        }
        Setting before = jdbc.sql("select days, revision, updated_by, updated_at from tracing_response_time"
                        + " where framework_code = ? for update")
                .param(code)
                .query((rs, n) -> new Setting(
                        code, (Integer) rs.getObject("days"), defaultDays, rs.getLong("revision"), null, null))
                .optional()
                .orElse(new Setting(code, null, defaultDays, 0, null, null));
        if (before.revision() != expectedRevision) {
            throw new StaleException("evidence.responseTime.stale", code);
        }
        String actor = CurrentUser.actor();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into tracing_response_time (framework_code, days, revision, updated_at, updated_by)
                values (?, ?, 1, ?, ?)
                on conflict (framework_code) do update set days = excluded.days,
                    revision = tracing_response_time.revision + 1, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""").params(code, days, Timestamp.from(now), actor).update();
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "evidence.tracing-response-time",
                code,
                days == null
                        ? ChangeMade.summary("audit.summary.tracingResponseTimeDefault", code, defaultDays)
                        : ChangeMade.summary("audit.summary.tracingResponseTime", code, days),
                before.days(),
                days));
        return get(code);
    }
}
