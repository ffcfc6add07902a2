package org.roadmapmonitor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInRuleTest {
    private final SignInRule rule = new SignInRule(5, Duration.ofMinutes(15), Duration.ofMinutes(1));
    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aKnownAddressIsLockedForTheRestOfTheWindowAfterTheLimit() {
        var state = new SignInRule.State(5, now.minusSeconds(60), null);
        var verdict = rule.attempt(state, true, now);
        assertThat(verdict.outcome()).isEqualTo(SignInRule.Outcome.LOCKED);
        assertThat(verdict.retryAt()).isEqualTo(now.minusSeconds(60).plus(Duration.ofMinutes(15)));
        assertThat(verdict.firstRefusal()).isTrue();
    }

    @Test
    void theCountStartsAgainOnceTheWindowHasPassed() {
        var state = new SignInRule.State(40, now.minus(Duration.ofMinutes(16)), null);
        var verdict = rule.attempt(state, true, now);
        assertThat(verdict.check()).isTrue();
        assertThat(verdict.state().attempts()).isEqualTo(1);
    }

    @Test
    void anUnknownAddressIsCheckedOncePerDoublingBackOffUpToAMinute() {
        var sixth = rule.attempt(new SignInRule.State(5, now, null), false, now);
        assertThat(sixth.check()).isTrue();
        assertThat(sixth.state().nextCheckAt()).isEqualTo(now.plusSeconds(1));
        var tooSoon = rule.attempt(sixth.state(), false, now.plusMillis(500));
        assertThat(tooSoon.outcome()).isEqualTo(SignInRule.Outcome.SLOW_DOWN);
        var later = rule.attempt(tooSoon.state(), false, now.plusSeconds(1));
        assertThat(later.check()).isTrue();
        assertThat(later.state().nextCheckAt()).isEqualTo(now.plusSeconds(1 + 4));
        assertThat(rule.backOff(30)).isEqualTo(Duration.ofMinutes(1));
    }
}
