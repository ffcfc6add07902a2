package org.roadmapmonitor.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.identity.Organisation;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.identity.RoleGrant;
import org.roadmapmonitor.identity.UserSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for users, organisations and role assignments. */
@Repository
public class IdentityRepository {
    private final JdbcClient jdbc;

    public IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RoadmapUser> findUser(String email, boolean locked) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, u.password_hash, u.enabled, o.name as organisation
                from app_user u left join organisation o on o.id = u.organisation_id
                where u.email = ?""")
                .param(email.trim().toLowerCase())
                .query((rs, i) -> new RoadmapUser(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        rs.getString("password_hash"),
                        rs.getString("organisation"),
                        rs.getBoolean("enabled"),
                        locked,
                        List.of()))
                .optional()
                // The grants are read after the user's row, never while it is open (which takes a second connection).
                .map(u -> new RoadmapUser(
                        u.id(),
                        u.email(),
                        u.displayName(),
                        u.passwordHash(),
                        u.organisation(),
                        u.enabled(),
                        u.locked(),
                        grants(u.id())));
    }

    public Optional<RoadmapUser> findUserById(long id) {
        return jdbc.sql("select email from app_user where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .flatMap(email -> findUser(email, false));
    }

    public List<RoleGrant> grants(long userId) {
        return jdbc.sql("select role, scope_code from role_assignment where user_id = ? order by role, scope_code")
                .param(userId)
                .query((rs, i) -> new RoleGrant(Role.valueOf(rs.getString("role")), rs.getString("scope_code")))
                .list();
    }

    public List<UserSummary> listUsers() {
        Map<Long, List<RoleGrant>> grants = new LinkedHashMap<>();
        jdbc.sql("select user_id, role, scope_code from role_assignment order by role, scope_code")
                .query(rs -> {
                    grants.computeIfAbsent(rs.getLong("user_id"), k -> new ArrayList<>())
                            .add(new RoleGrant(Role.valueOf(rs.getString("role")), rs.getString("scope_code")));
                });
        return jdbc.sql("""
                select u.id, u.email, u.display_name, u.enabled, u.organisation_id, o.name as organisation
                from app_user u left join organisation o on o.id = u.organisation_id order by u.email""")
                .query((rs, i) -> summary(rs, grants.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public Optional<UserSummary> userSummary(long id) {
        List<RoleGrant> grants = grants(id);
        return jdbc.sql("""
                select u.id, u.email, u.display_name, u.enabled, u.organisation_id, o.name as organisation
                from app_user u left join organisation o on o.id = u.organisation_id where u.id = ?""").param(id).query((rs, i) -> summary(rs, grants)).optional();
    }

    private static UserSummary summary(ResultSet rs, List<RoleGrant> grants) throws SQLException {
        long org = rs.getLong("organisation_id");
        return new UserSummary(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.wasNull() ? null : org,
                rs.getString("organisation"),
                rs.getBoolean("enabled"),
                grants);
    }

    public boolean userExists(String email) {
        return jdbc.sql("select count(*) from app_user where email = ?")
                        .param(email.trim().toLowerCase())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long countUsers() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public long insertUser(String email, String displayName, String passwordHash, Long organisationId) {
        return jdbc.sql("""
                insert into app_user (email, display_name, password_hash, organisation_id)
                values (?, ?, ?, ?) returning id""")
                .params(email.trim().toLowerCase(), displayName.trim(), passwordHash, organisationId)
                .query(Long.class)
                .single();
    }

    public void updateUser(long id, String displayName, Long organisationId, boolean enabled) {
        jdbc.sql("update app_user set display_name = ?, organisation_id = ?, enabled = ? where id = ?")
                .params(displayName.trim(), organisationId, enabled, id)
                .update();
    }

    public void updatePassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(passwordHash, id)
                .update();
    }

    public boolean addGrant(long userId, RoleGrant grant) {
        return jdbc.sql("""
                insert into role_assignment (user_id, role, scope_code) values (?, ?, ?)
                on conflict do nothing""").params(userId, grant.role().name(), grant.scope()).update() > 0;
    }

    public boolean removeGrant(long userId, RoleGrant grant) {
        return jdbc.sql("""
                delete from role_assignment
                where user_id = ? and role = ? and scope_code is not distinct from ?""").params(userId, grant.role().name(), grant.scope()).update() > 0;
    }

    public List<Organisation> organisations() {
        return jdbc.sql("select id, code, name, kind, jurisdiction_code from organisation order by name")
                .query((rs, i) -> organisation(rs))
                .list();
    }

    public Optional<Organisation> organisation(long id) {
        return jdbc.sql("select id, code, name, kind, jurisdiction_code from organisation where id = ?")
                .param(id)
                .query((rs, i) -> organisation(rs))
                .optional();
    }

    public Optional<Organisation> organisationByCode(String code) {
        return jdbc.sql("select id, code, name, kind, jurisdiction_code from organisation where code = ?")
                .param(code)
                .query((rs, i) -> organisation(rs))
                .optional();
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                Organisation.Kind.valueOf(rs.getString("kind")),
                rs.getString("jurisdiction_code"));
    }

    public long insertOrganisation(String code, String name, Organisation.Kind kind, String jurisdiction) {
        return jdbc.sql(
                        "insert into organisation (code, name, kind, jurisdiction_code) values (?, ?, ?, ?) returning id")
                .params(code, name.trim(), kind.name(), jurisdiction)
                .query(Long.class)
                .single();
    }

    public void updateOrganisation(long id, String name, Organisation.Kind kind, String jurisdiction) {
        jdbc.sql("update organisation set name = ?, kind = ?, jurisdiction_code = ? where id = ?")
                .params(name.trim(), kind.name(), jurisdiction, id)
                .update();
    }
}
