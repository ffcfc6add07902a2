package org.roadmapmonitor.identity.internal;

import java.time.Duration;
import org.roadmapmonitor.shared.Texts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Password sign-in (form and HTTP Basic) with throttling around it. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final java.time.Clock clock;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, java.time.Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        var lockedUntil = throttle.lockedUntil(username);
        if (lockedUntil.isPresent()) {
            long minutes = Math.max(
                    1, Duration.between(clock.instant(), lockedUntil.get()).toMinutes() + 1);
            throw new LockedException(Texts.of("identity.locked", minutes));
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
