package org.roadmapmonitor.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.identity.RoleGrant;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After signing in, each role lands on its work: the secretariat on the period board, a jurisdiction's editor or
 * approver on their inbox, a fund's administrator or participating organisation on the fund, a donor on the
 * fund's funding status. Someone sent to sign in from a page goes back to that page instead.
 */
final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {
    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        return auth.getPrincipal() instanceof RoadmapUser user ? of(user) : "/";
    }

    static String of(RoadmapUser user) {
        if (user.isSecretariat()) {
            return "/reports/board";
        }
        if (has(user, Role.JURISDICTION_EDITOR) || has(user, Role.JURISDICTION_APPROVER)) {
            return "/reports";
        }
        List<String> kept = funds(user, Role.FUND_ADMIN, Role.PARTICIPATING_ORGANISATION);
        if (!kept.isEmpty()) {
            return kept.size() == 1 ? "/funds/" + kept.get(0) : "/funds";
        }
        List<String> given = funds(user, Role.DONOR_VIEWER);
        if (!given.isEmpty()) {
            return given.size() == 1 ? "/funds/" + given.get(0) + "#status" : "/funds";
        }
        return "/";
    }

    private static boolean has(RoadmapUser user, Role role) {
        return user.grants().stream().anyMatch(g -> g.role() == role);
    }

    /** The funds the user holds one of these roles for; with several, the list of funds is their work. */
    private static List<String> funds(RoadmapUser user, Role... roles) {
        var wanted = List.of(roles);
        return user.grants().stream()
                .filter(g -> wanted.contains(g.role()))
                .map(RoleGrant::scope)
                .distinct()
                .toList();
    }
}
