package org.roadmapmonitor.identity;

/** What a user may do, and what the role is scoped to. */
public enum Role {
    SECRETARIAT(Scope.NONE),
    JURISDICTION_EDITOR(Scope.JURISDICTION),
    JURISDICTION_APPROVER(Scope.JURISDICTION),
    FUND_ADMIN(Scope.FUND),
    PARTICIPATING_ORGANISATION(Scope.FUND),
    DONOR_VIEWER(Scope.FUND);

    public enum Scope {
        NONE,
        JURISDICTION,
        FUND
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
