package org.roadmapmonitor.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures within the lock window an account refuses every
 * sign-in, even a correct one, until the window has passed. Kept in the database so that it holds when
 * several application nodes share the work.
 */
@Component
public class LoginThrottle {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    public LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${roadmap.login.max-failures:5}") int maxFailures,
            @Value("${roadmap.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    /** When the account is locked, the instant the lock ends. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_throttle where username = ?")
                .param(key(username))
                .query((rs, i) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(lock);
        jdbc.sql("""
                insert into login_throttle (username, failures, first_failure_at) values (?, 1, ?)
                on conflict (username) do update set
                  failures = case when login_throttle.first_failure_at < ? then 1 else login_throttle.failures + 1 end,
                  first_failure_at = case when login_throttle.first_failure_at < ? then excluded.first_failure_at
                                          else login_throttle.first_failure_at end""")
                .params(key(username), Timestamp.from(now), Timestamp.from(windowStart), Timestamp.from(windowStart))
                .update();
        jdbc.sql("update login_throttle set locked_until = ? where username = ? and failures >= ?")
                .params(Timestamp.from(now.plus(lock)), key(username), maxFailures)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("delete from login_throttle where username = ?")
                .param(key(username))
                .update();
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
