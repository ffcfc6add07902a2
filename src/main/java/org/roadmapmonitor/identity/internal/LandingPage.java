package org.roadmapmonitor.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
        for (RoleGrant g : user.grants()) {
            switch (g.role()) {
                case JURISDICTION_EDITOR, JURISDICTION_APPROVER -> {
                    return "/reports";
                }
                case FUND_ADMIN, PARTICIPATING_ORGANISATION -> {
                    return "/funds/" + g.scope();
                }
                default -> {}
            }
        }
        return user.grants().stream()
                .filter(g -> g.role() == Role.DONOR_VIEWER)
                .findFirst()
                .map(g -> "/funds/" + g.scope() + "#status")
                .orElse("/");
    }
}
