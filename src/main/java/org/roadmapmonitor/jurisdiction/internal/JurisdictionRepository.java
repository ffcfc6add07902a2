package org.roadmapmonitor.jurisdiction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.Membership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JurisdictionRepository {
    private static final String COLUMNS =
            "code, name, short_name, kind, parent_code, path, iso_code, capital, footnote, position";
    // Tree order: the path sorts parents before children; position orders siblings.
    private static final String TREE_ORDER = " order by path";

    private final JdbcClient jdbc;

    public JurisdictionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Jurisdiction> all() {
        return jdbc.sql("select " + COLUMNS + " from jurisdiction" + TREE_ORDER)
                .query((rs, i) -> map(rs))
                .list();
    }

    public Optional<Jurisdiction> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from jurisdiction where code = ?")
                .param(code)
                .query((rs, i) -> map(rs))
                .optional();
    }

    public List<Jurisdiction> subtree(String path) {
        return jdbc.sql("select " + COLUMNS + " from jurisdiction where path like ?" + TREE_ORDER)
                .param(path.replace("_", "\\_") + "%")
                .query((rs, i) -> map(rs))
                .list();
    }

    public List<Jurisdiction> forFramework(String frameworkCode) {
        return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "j.$1")
                        + " from jurisdiction j join jurisdiction_membership m on m.jurisdiction_code = j.code"
                        + " where m.framework_code = ? order by j.path")
                .param(frameworkCode)
                .query((rs, i) -> map(rs))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from jurisdiction").query(Long.class).single();
    }

    public void insert(Jurisdiction j) {
        jdbc.sql("insert into jurisdiction (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        j.code(),
                        j.name(),
                        j.shortName(),
                        j.kind().name(),
                        j.parent(),
                        j.path(),
                        j.isoCode(),
                        j.capital(),
                        j.footnote(),
                        j.position())
                .update();
    }

    public void update(Jurisdiction j) {
        jdbc.sql("update jurisdiction set name = ?, short_name = ?, capital = ?, footnote = ? where code = ?")
                .params(j.name(), j.shortName(), j.capital(), j.footnote(), j.code())
                .update();
    }

    /** The footnote texts of one wording: jurisdiction code → language → text. */
    public Map<String, Map<String, String>> footnoteTexts(Designations.Convention convention) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        jdbc.sql("select jurisdiction_code, language, text from designation_footnote where convention = ?")
                .param(convention.name())
                .query((rs, i) -> texts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        return texts;
    }

    public void insertFootnote(String jurisdiction, Designations.Convention convention, String language, String text) {
        jdbc.sql("""
                insert into designation_footnote (jurisdiction_code, convention, language, text) values (?, ?, ?, ?)
                on conflict (jurisdiction_code, convention, language) do update set text = excluded.text""").params(jurisdiction, convention.name(), language, text).update();
    }

    public Optional<Designations.Convention> convention(Designations.Owner owner, String code) {
        return jdbc.sql("select convention from designation_choice where owner_kind = ? and owner_code = ?")
                .params(owner.name(), code)
                .query((rs, i) -> Designations.Convention.valueOf(rs.getString(1)))
                .optional();
    }

    public void choose(Designations.Owner owner, String code, Designations.Convention convention) {
        jdbc.sql("""
                insert into designation_choice (owner_kind, owner_code, convention) values (?, ?, ?)
                on conflict (owner_kind, owner_code) do update set convention = excluded.convention""").params(owner.name(), code, convention.name()).update();
    }

    /** Codes of the jurisdictions marked as UN Member States (regions and sub-units carry no mark). */
    public Set<String> unMembers() {
        return new HashSet<>(jdbc.sql("select code from jurisdiction where un_member")
                .query(String.class)
                .list());
    }

    public void markUnMember(String code, Boolean member) {
        jdbc.sql("update jurisdiction set un_member = ? where code = ?")
                .params(member, code)
                .update();
    }

    public List<Membership> membershipsOf(String jurisdiction) {
        return jdbc.sql("select framework_code, jurisdiction_code, role from jurisdiction_membership"
                        + " where jurisdiction_code = ? order by framework_code")
                .param(jurisdiction)
                .query((rs, i) -> membership(rs))
                .list();
    }

    public List<Membership> membershipsOf(Collection<String> jurisdictions) {
        return jdbc.sql("select framework_code, jurisdiction_code, role from jurisdiction_membership"
                        + " where jurisdiction_code = any(?) order by jurisdiction_code, framework_code")
                .param(jurisdictions.toArray(String[]::new))
                .query((rs, i) -> membership(rs))
                .list();
    }

    public List<Membership> membershipsOfFramework(String framework) {
        return jdbc.sql(
                        "select m.framework_code, m.jurisdiction_code, m.role from jurisdiction_membership m"
                                + " join jurisdiction j on j.code = m.jurisdiction_code where m.framework_code = ? order by j.path")
                .param(framework)
                .query((rs, i) -> membership(rs))
                .list();
    }

    public Optional<Membership> membership(String framework, String jurisdiction) {
        return jdbc.sql("select framework_code, jurisdiction_code, role from jurisdiction_membership"
                        + " where framework_code = ? and jurisdiction_code = ?")
                .params(framework, jurisdiction)
                .query((rs, i) -> membership(rs))
                .optional();
    }

    public void upsertMembership(Membership m) {
        jdbc.sql("""
                insert into jurisdiction_membership (framework_code, jurisdiction_code, role) values (?, ?, ?)
                on conflict (framework_code, jurisdiction_code) do update set role = excluded.role""").params(m.framework(), m.jurisdiction(), m.role().name()).update();
    }

    public void deleteMembership(String framework, String jurisdiction) {
        jdbc.sql("delete from jurisdiction_membership where framework_code = ? and jurisdiction_code = ?")
                .params(framework, jurisdiction)
                .update();
    }

    public boolean frameworkExists(String code) {
        return jdbc.sql("select count(*) from framework where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(
                rs.getString("framework_code"),
                rs.getString("jurisdiction_code"),
                Membership.Role.valueOf(rs.getString("role")));
    }

    private static Jurisdiction map(ResultSet rs) throws SQLException {
        return new Jurisdiction(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("short_name"),
                Jurisdiction.Kind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"),
                rs.getString("path"),
                rs.getString("iso_code"),
                rs.getString("capital"),
                rs.getString("footnote"),
                rs.getInt("position"));
    }
}
