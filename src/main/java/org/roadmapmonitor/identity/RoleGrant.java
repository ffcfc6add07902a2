package org.roadmapmonitor.identity;

import java.io.Serializable;

/** One role held by a user, with its scope code (a jurisdiction or fund code; null for global roles). */
public record RoleGrant(Role role, String scope) implements Serializable {
    public boolean covers(Role wanted, String code) {
        return role == wanted && (role.scope() == Role.Scope.NONE || (scope != null && scope.equals(code)));
    }

    @Override
    public String toString() {
        return scope == null ? role.name() : role.name() + ":" + scope;
    }
}
