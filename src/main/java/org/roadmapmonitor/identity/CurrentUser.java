package org.roadmapmonitor.identity;

import java.util.Optional;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, and the checks every module makes before it writes. */
public final class CurrentUser {
    private CurrentUser() {}

    public static Optional<RoadmapUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RoadmapUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The name written to the audit log: the user's e-mail, or "system" for start-up work. */
    public static String actor() {
        return get().map(RoadmapUser::email).orElse("system");
    }

    public static RoadmapUser require() {
        return get().orElseThrow(() -> new ForbiddenException("identity.signIn"));
    }

    public static void requireSecretariat() {
        if (!require().isSecretariat()) {
            throw new ForbiddenException("identity.secretariatOnly");
        }
    }

    /** The secretariat acts for every jurisdiction; anyone else only for the ones their roles name. */
    public static void requireJurisdiction(Role role, String jurisdiction) {
        RoadmapUser user = require();
        if (!user.isSecretariat() && !user.has(role, jurisdiction)) {
            throw new ForbiddenException("identity.notForJurisdiction", Texts.of("role." + role.name()), jurisdiction);
        }
    }

    public static void requireFund(Role role, String fund) {
        RoadmapUser user = require();
        if (!user.has(role, fund)) {
            throw new ForbiddenException("identity.notForFund", Texts.of("role." + role.name()), fund);
        }
    }
}
