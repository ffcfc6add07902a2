package org.roadmapmonitor.shared;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (loading shipped reference data) as the platform itself, through the same
 * role-checked services a user would call; the audit log shows it as "system".
 */
public final class SystemActor {
    private SystemActor() {}

    /** Whether the current work runs as the platform itself (start-up loading), not as a signed-in user. */
    public static boolean active() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && "system".equals(auth.getPrincipal());
    }

    public static void run(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority("ROLE_SECRETARIAT"))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
