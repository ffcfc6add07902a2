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
 * guesses cannot overtake the count; a success clears it. Checks in flight are counted too ({@code pending}): an
 * attempt that would be refused only because of them is told to wait, uncounted, rather than refused, so that
 * parallel sign-ins with the right password are not taken for guessing. Kept in the database so that it holds
 * across nodes.
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
        // One statement that creates or locks the row: a row deleted meanwhile by a success is simply created
        // again (an insert then a separate select could find nothing).
        var row = jdbc.sql("""
                insert into sign_in_throttle (username, client, attempts, window_start) values (?, ?, 0, ?)
                on conflict (username, client) do update set attempts = sign_in_throttle.attempts
                returning attempts, window_start, next_check_at, pending""")
                .params(user, client.key(), Timestamp.from(now))
                .query((rs, i) -> new Row(
                        new SignInRule.State(
                                rs.getInt(1),
                                rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3) == null
                                        ? null
                                        : rs.getTimestamp(3).toInstant()),
                        rs.getInt(4)))
                .single();
        var verdict = rule.attempt(row.state(), client.known(), now);
        boolean sameWindow = verdict.state().windowStart().equals(row.state().windowStart());
        int pending = sameWindow ? row.pending() : 0;
        if (!verdict.check() && pending > 0) {
            return new SignInRule.Verdict(SignInRule.Outcome.WAIT, row.state(), now.plusSeconds(1), false);
        }
        var next = verdict.state();
        jdbc.sql("""
                update sign_in_throttle set attempts = ?, window_start = ?, next_check_at = ?, pending = ?
                where username = ? and client = ?""")
                .params(
                        next.attempts(),
                        Timestamp.from(next.windowStart()),
                        next.nextCheckAt() == null ? null : Timestamp.from(next.nextCheckAt()),
                        verdict.check() ? pending + 1 : pending,
                        user,
                        client.key())
                .update();
        return verdict;
    }

    /** A checked password from the client was wrong: its attempt stays counted, and is no longer in flight. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, Client client) {
        jdbc.sql("""
                update sign_in_throttle set pending = greatest(pending - 1, 0)
                where username = ? and client = ?""").params(key(username), client.key()).update();
    }

    private record Row(SignInRule.State state, int pending) {}

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
