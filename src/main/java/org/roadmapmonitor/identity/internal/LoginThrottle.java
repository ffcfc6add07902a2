package org.roadmapmonitor.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, per account and client address together, so that a stranger elsewhere cannot
 * lock a user out. Each attempt is counted under a row lock before the password is checked, so parallel
 * guesses cannot overtake the count; a success clears it. Kept in the database so that it holds across nodes.
 */
@Component
public class LoginThrottle {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInRule rule;

    public LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${roadmap.login.max-failures:5}") int maxFailures,
            @Value("${roadmap.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rule = new SignInRule(maxFailures, Duration.ofMinutes(lockMinutes), Duration.ofMinutes(1));
    }

    /** Counts an attempt at the account from the client and says whether its password may be checked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public SignInRule.Verdict reserve(String username, Client client) {
        Instant now = clock.instant();
        String user = key(username);
        jdbc.sql("""
                insert into sign_in_throttle (username, client, attempts, window_start) values (?, ?, 0, ?)
                on conflict (username, client) do nothing""").params(user, client.key(), Timestamp.from(now)).update();
        var state = jdbc.sql("""
                select attempts, window_start, next_check_at from sign_in_throttle
                where username = ? and client = ? for update""")
                .params(user, client.key())
                .query((rs, i) -> new SignInRule.State(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .single();
        var verdict = rule.attempt(state, client.known(), now);
        var next = verdict.state();
        jdbc.sql("""
                update sign_in_throttle set attempts = ?, window_start = ?, next_check_at = ?
                where username = ? and client = ?""")
                .params(
                        next.attempts(),
                        Timestamp.from(next.windowStart()),
                        next.nextCheckAt() == null ? null : Timestamp.from(next.nextCheckAt()),
                        user,
                        client.key())
                .update();
        return verdict;
    }

    /** A correct password from the client clears its count for the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username, Client client) {
        jdbc.sql("delete from sign_in_throttle where username = ? and client = ?")
                .params(key(username), client.key())
                .update();
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
