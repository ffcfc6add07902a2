package org.roadmapmonitor.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a password may be checked, for one account and one client address. Within the limit, always. Past it,
 * a known address is locked for the rest of the window; an unknown one (many people behind one proxy) is
 * slowed down instead: one check per back-off interval, doubling up to a ceiling, so that nobody is locked
 * out by a stranger sharing the proxy. Every attempt counts, including the refused ones.
 */
record SignInRule(int maxFailures, Duration window, Duration maxBackOff) {
    record State(int attempts, Instant windowStart, Instant nextCheckAt) {}

    enum Outcome {
        CHECK,
        LOCKED,
        SLOW_DOWN,
        /** Refused only because of checks still in flight: wait for them, uncounted (a success clears them). */
        WAIT
    }

    /** What to do with this attempt, the state to store, and until when a refused client must wait. */
    record Verdict(Outcome outcome, State state, Instant retryAt, boolean firstRefusal) {
        boolean check() {
            return outcome == Outcome.CHECK;
        }
    }

    Verdict attempt(State before, boolean knownClient, Instant now) {
        State s = before.windowStart().plus(window).isAfter(now) ? before : new State(0, now, null);
        int attempts = s.attempts() + 1;
        if (attempts <= maxFailures) {
            return new Verdict(Outcome.CHECK, new State(attempts, s.windowStart(), null), null, false);
        }
        boolean first = attempts == maxFailures + 1;
        if (knownClient) {
            Instant until = s.windowStart().plus(window);
            return new Verdict(Outcome.LOCKED, new State(attempts, s.windowStart(), null), until, first);
        }
        if (s.nextCheckAt() == null || !now.isBefore(s.nextCheckAt())) {
            Instant next = now.plus(backOff(attempts - maxFailures));
            return new Verdict(Outcome.CHECK, new State(attempts, s.windowStart(), next), null, first);
        }
        return new Verdict(
                Outcome.SLOW_DOWN, new State(attempts, s.windowStart(), s.nextCheckAt()), s.nextCheckAt(), first);
    }

    /** One second after the first attempt past the limit, doubling with each further one, up to the ceiling. */
    Duration backOff(int excess) {
        int doublings = Math.min(excess - 1, 20);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(maxBackOff) > 0 ? maxBackOff : d;
    }
}
