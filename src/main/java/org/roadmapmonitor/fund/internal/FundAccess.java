package org.roadmapmonitor.fund.internal;

import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.SystemActor;

/**
 * Who may write what in a fund. The fund administrator does everything for their fund; a participating
 * organisation acts only for itself (its users belong to the identity organisation the fund names for it);
 * the platform itself loads demo data. Reads are public, like the MPTF Office Gateway.
 */
public final class FundAccess {
    private FundAccess() {}

    public static void requireAdmin(String fund) {
        if (!SystemActor.active()) {
            CurrentUser.requireFund(Role.FUND_ADMIN, fund);
        }
    }

    /** Someone who administers at least one fund: only they may set up a fund (for a code their role names). */
    public static void requireSomeFundAdmin() {
        if (!SystemActor.active() && !canSetUpFunds()) {
            CurrentUser.require();
            throw new ForbiddenException("fund.forbidden.setUp");
        }
    }

    /** Whether the viewer holds the fund administrator role for any fund code. */
    public static boolean canSetUpFunds() {
        return CurrentUser.get()
                .map(u -> u.grants().stream().anyMatch(g -> g.role() == Role.FUND_ADMIN))
                .orElse(false);
    }

    /** The fund administrator or the secretariat (who supports the steering committee). */
    public static void requireAdminOrSecretariat(String fund) {
        if (SystemActor.active()) {
            return;
        }
        CurrentUser.require();
        if (!canDecide(fund)) {
            throw new ForbiddenException("fund.forbidden.adminOrSecretariat", fund);
        }
    }

    /** The fund administrator, or the participating organisation the movement belongs to. */
    public static void requireAdminOrOrganisation(String fund, Fund.Organisation organisation) {
        if (SystemActor.active()) {
            return;
        }
        RoadmapUser user = CurrentUser.require();
        if (user.has(Role.FUND_ADMIN, fund)) {
            return;
        }
        if (organisation != null
                && user.has(Role.PARTICIPATING_ORGANISATION, fund)
                && organisation.accountOrganisation() != null
                && organisation.accountOrganisation().equals(user.organisation())) {
            return;
        }
        throw organisation == null
                ? new ForbiddenException("fund.forbidden.adminOnly", fund)
                : new ForbiddenException("fund.forbidden.adminOrOrganisation", fund, organisation.name());
    }

    /** Someone who records money movements for the fund at all: its administrator or one of its organisations. */
    public static void requirePosterFor(String fund) {
        if (SystemActor.active()) {
            return;
        }
        CurrentUser.require();
        if (!canRecord(fund)) {
            throw new ForbiddenException("fund.forbidden.records", fund);
        }
    }

    /** Whether the viewer records money movements for the fund: the rule behind requirePosterFor, for pages. */
    public static boolean canRecord(String fund) {
        return CurrentUser.get()
                .map(u -> u.has(Role.FUND_ADMIN, fund) || u.has(Role.PARTICIPATING_ORGANISATION, fund))
                .orElse(false);
    }

    /** Whether the viewer decides on calls and proposals: the rule behind requireAdminOrSecretariat. */
    public static boolean canDecide(String fund) {
        return CurrentUser.get()
                .map(u -> u.isSecretariat() || u.has(Role.FUND_ADMIN, fund))
                .orElse(false);
    }

    /**
     * The fund's participants: its administrator, participating organisations and donors (who sit on the
     * steering committee), and the secretariat that supports the committee. Only they see proposals that were
     * not approved and why; the public sees what the MPTF Office Gateway publishes, the approved ones.
     */
    public static boolean isParticipant(String fund) {
        if (SystemActor.active()) {
            return true;
        }
        return CurrentUser.get()
                .map(u -> u.isSecretariat()
                        || u.has(Role.FUND_ADMIN, fund)
                        || u.has(Role.PARTICIPATING_ORGANISATION, fund)
                        || u.has(Role.DONOR_VIEWER, fund))
                .orElse(false);
    }

    public static boolean canAdminister(String fund) {
        return CurrentUser.get().map(u -> u.has(Role.FUND_ADMIN, fund)).orElse(false);
    }
}
