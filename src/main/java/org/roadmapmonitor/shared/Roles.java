package org.roadmapmonitor.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Role questions for modules that need no more of identity than "is this the secretariat?". */
public final class Roles {
    private Roles() {}

    public static boolean isSecretariat() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> "ROLE_SECRETARIAT".equals(a.getAuthority()));
    }
}
