package org.roadmapmonitor.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who holds a role: for notifications and "who acts for this jurisdiction" lists. */
@Service
public class UserDirectory {
    public record Person(long id, String email, String displayName, String preferredLocale) {}

    private final JdbcClient jdbc;

    public UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled users holding the role; for scoped roles only those scoped to {@code scope}. */
    public List<Person> holding(Role role, String scope) {
        return jdbc.sql("""
                select distinct u.id, u.email, u.display_name, u.preferred_locale from app_user u
                join role_assignment a on a.user_id = u.id
                where u.enabled and a.role = ? and (cast(? as text) is null or a.scope_code = ?) order by u.email""")
                .params(role.name(), role.scope() == Role.Scope.NONE ? null : scope, scope)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The enabled user with this e-mail (any case), if there is one. */
    public Optional<Person> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, email, display_name, preferred_locale from app_user
                where enabled and lower(email) = lower(?)""")
                .param(email.strip())
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }
}
