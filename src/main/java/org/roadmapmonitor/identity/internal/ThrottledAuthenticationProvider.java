package org.roadmapmonitor.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.roadmapmonitor.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in (form and HTTP Basic) with throttling around it: the attempt is counted before the
 * password is checked, and an attempt past the limit is refused without checking it. An attempt that only
 * checks still in flight would push past the limit waits for them (briefly, polling, holding no connection).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final MessageSource messages;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, LoginThrottle throttle, Clock clock, MessageSource messages) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Client client = Client.current();
        var verdict = reserve(username, client);
        if (verdict.firstRefusal() || (verdict.check() && verdict.state().nextCheckAt() != null)) {
            log.warn(
                    "Sign-in to {} from {}: {} attempts; {}",
                    username,
                    client.key(),
                    verdict.state().attempts(),
                    client.known() ? "locked until " + verdict.retryAt() : "slowed down");
        }
        if (!verdict.check()) {
            throw refusal(verdict);
        }
        Authentication result;
        try {
            if (!PasswordPolicy.checkable(String.valueOf(authentication.getCredentials()))) {
                throw new BadCredentialsException(Texts.of("identity.badCredentials"));
            }
            result = passwords.authenticate(authentication);
        } catch (RuntimeException e) {
            throttle.recordFailure(username, client);
            throw e;
        }
        throttle.recordSuccess(username, client);
        return result;
    }

    /** The throttle's verdict, after waiting out the checks in flight that alone would refuse this attempt. */
    private SignInRule.Verdict reserve(String username, Client client) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        var verdict = throttle.reserve(username, client);
        while (verdict.outcome() == SignInRule.Outcome.WAIT && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            verdict = throttle.reserve(username, client);
        }
        return verdict;
    }

    private Throttled refusal(SignInRule.Verdict verdict) {
        long seconds =
                Math.max(1, Duration.between(clock.instant(), verdict.retryAt()).toSeconds() + 1);
        boolean locked = verdict.outcome() == SignInRule.Outcome.LOCKED;
        String text = locked
                ? messages.getMessage(
                        "login.lockedFor", new Object[] {(seconds + 59) / 60}, LocaleContextHolder.getLocale())
                : messages.getMessage("login.slowDown", new Object[] {seconds}, LocaleContextHolder.getLocale());
        return new Throttled(text, locked);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Refused without checking the password: locked for this address, or asked to slow down. */
    static final class Throttled extends LockedException {
        private final boolean locked;

        Throttled(String message, boolean locked) {
            super(message);
            this.locked = locked;
        }

        boolean locked() {
            return locked;
        }
    }
}
