package org.roadmapmonitor.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the rest of the platform sees it. */
public record RoadmapUser(
        long id,
        String email,
        String displayName,
        String passwordHash,
        String organisation,
        boolean enabled,
        boolean locked,
        List<RoleGrant> grants)
        implements UserDetails {

    public boolean isSecretariat() {
        return grants.stream().anyMatch(g -> g.role() == Role.SECRETARIAT);
    }

    public boolean has(Role role, String scope) {
        return grants.stream().anyMatch(g -> g.covers(role, scope));
    }

    /** Jurisdiction codes this user acts for through any jurisdiction-scoped role. */
    public List<String> jurisdictions() {
        return grants.stream()
                .filter(g -> g.role().scope() == Role.Scope.JURISDICTION)
                .map(RoleGrant::scope)
                .distinct()
                .toList();
    }

    /** Fund codes this user acts for through any fund-scoped role. */
    public List<String> funds() {
        return grants.stream()
                .filter(g -> g.role().scope() == Role.Scope.FUND)
                .map(RoleGrant::scope)
                .distinct()
                .toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(g -> g.role().authority())
                .distinct()
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        return "RoadmapUser[" + email + "]";
    }
}
