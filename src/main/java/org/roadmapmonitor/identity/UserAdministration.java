package org.roadmapmonitor.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.identity.internal.IdentityRepository;
import org.roadmapmonitor.identity.internal.PasswordPolicy;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.MessageTexts;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's management of users, their organisations and their scoped roles. */
@Service
public class UserAdministration {
    public record NewUser(String email, String displayName, String password, Long organisationId) {}

    public record NewOrganisation(String code, String name, Organisation.Kind kind, String jurisdiction) {}

    private final IdentityRepository repository;
    private final PasswordEncoder encoder;
    private final JurisdictionDirectory jurisdictions;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy passwords;
    private final Texts texts;

    public UserAdministration(
            IdentityRepository repository,
            PasswordEncoder encoder,
            JurisdictionDirectory jurisdictions,
            ApplicationEventPublisher events,
            PasswordPolicy passwords,
            MessageSource messages) {
        this.passwords = passwords;
        this.texts = MessageTexts.of(messages);
        this.repository = repository;
        this.encoder = encoder;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    public List<UserSummary> users() {
        return repository.listUsers();
    }

    public UserSummary user(long id) {
        return repository.userSummary(id).orElseThrow(() -> new NotFoundException("identity.noUser", id));
    }

    public List<Organisation> organisations() {
        return repository.organisations();
    }

    public Organisation organisation(long id) {
        return repository.organisation(id).orElseThrow(() -> new NotFoundException("identity.noOrganisation", id));
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public long createUser(NewUser u) {
        var problems = new ArrayList<Problem>();
        String email = u.email() == null ? "" : u.email().trim().toLowerCase();
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(Problem.at("email", "identity.problem.email"));
        } else if (repository.userExists(email)) {
            problems.add(Problem.at("email", "identity.problem.emailUsed"));
        }
        if (u.displayName() == null || u.displayName().isBlank()) {
            problems.add(Problem.at("displayName", "problem.required"));
        }
        problems.addAll(passwords.problems(u.password(), "password", texts));
        if (u.organisationId() != null
                && repository.organisation(u.organisationId()).isEmpty()) {
            problems.add(Problem.at("organisationId", "identity.problem.unknownOrganisation"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("identity.refused.user", problems);
        }
        long id = repository.insertUser(email, u.displayName(), encoder.encode(u.password()), u.organisationId());
        events.publishEvent(new ChangeMade(
                "CREATE",
                "user",
                email,
                ChangeMade.summary("audit.summary.user.created", email),
                null,
                Map.of("email", email, "displayName", u.displayName().trim())));
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void updateUser(long id, String displayName, Long organisationId, boolean enabled) {
        UserSummary before = user(id);
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidException("displayName", "identity.problem.nameEmpty");
        }
        if (!enabled && before.email().equals(CurrentUser.actor())) {
            throw new ConflictException("identity.disableSelf");
        }
        repository.updateUser(id, displayName, organisationId, enabled);
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "user",
                before.email(),
                ChangeMade.summary("audit.summary.user.edited", before.email()),
                before,
                user(id)));
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void resetPassword(long id, String password) {
        UserSummary user = user(id);
        setPassword(user, password, "password");
    }

    /** Any signed-in user changes their own password, proving the current one first. */
    @Transactional
    public void changeOwnPassword(String current, String replacement) {
        RoadmapUser me = CurrentUser.require();
        RoadmapUser stored = repository.findUser(me.email(), false).orElseThrow();
        if (!PasswordPolicy.checkable(current) || !encoder.matches(current, stored.passwordHash())) {
            throw new InvalidException("currentPassword", "identity.problem.currentPassword");
        }
        setPassword(user(me.id()), replacement, "newPassword");
    }

    private void setPassword(UserSummary user, String password, String field) {
        var problems = passwords.problems(password, field, texts);
        if (!problems.isEmpty()) {
            throw new InvalidException("identity.refused.password", problems);
        }
        repository.updatePassword(user.id(), encoder.encode(password));
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "user",
                user.email(),
                ChangeMade.summary("audit.summary.user.password", user.email()),
                null,
                null));
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void grant(long userId, Role role, String scope) {
        UserSummary user = user(userId);
        RoleGrant grant = checkedGrant(role, scope);
        if (!repository.addGrant(userId, grant)) {
            throw new ConflictException("identity.hasRole", user.email(), grant);
        }
        events.publishEvent(new ChangeMade(
                "GRANT",
                "user",
                user.email(),
                ChangeMade.summary("audit.summary.role.given", grant, user.email()),
                user.grants(),
                user(userId).grants()));
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void revoke(long userId, Role role, String scope) {
        UserSummary user = user(userId);
        RoleGrant grant = new RoleGrant(
                role, scope == null || scope.isBlank() ? null : scope.trim().toUpperCase());
        if (role == Role.SECRETARIAT && user.email().equals(CurrentUser.actor())) {
            throw new ConflictException("identity.removeOwnSecretariat");
        }
        if (!repository.removeGrant(userId, grant)) {
            throw new NotFoundException("identity.lacksRole", user.email(), grant);
        }
        events.publishEvent(new ChangeMade(
                "REVOKE",
                "user",
                user.email(),
                ChangeMade.summary("audit.summary.role.taken", grant, user.email()),
                user.grants(),
                user(userId).grants()));
    }

    private RoleGrant checkedGrant(Role role, String scope) {
        if (role == null) {
            throw new InvalidException("role", "identity.problem.chooseRole");
        }
        String code = scope == null || scope.isBlank() ? null : scope.trim().toUpperCase();
        switch (role.scope()) {
            case NONE -> {
                if (code != null) {
                    throw new InvalidException(
                            "scope", "identity.problem.scopeEverywhere", Texts.of("role." + role.name()));
                }
            }
            case JURISDICTION -> {
                if (code == null || !jurisdictions.exists(code)) {
                    throw new InvalidException(
                            "scope", "identity.problem.scopeJurisdiction", Texts.of("role." + role.name()));
                }
            }
            case FUND -> {
                if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{1,19}")) {
                    throw new InvalidException("scope", "identity.problem.scopeFund", Texts.of("role." + role.name()));
                }
            }
        }
        return new RoleGrant(role, code);
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public long createOrganisation(NewOrganisation o) {
        var problems = new ArrayList<Problem>();
        String code = o.code() == null ? "" : o.code().trim().toUpperCase();
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
            problems.add(Problem.at("code", "identity.problem.organisationCode"));
        } else if (repository.organisationByCode(code).isPresent()) {
            problems.add(Problem.at("code", "identity.problem.organisationCodeUsed"));
        }
        organisationProblems(o.name(), o.kind(), o.jurisdiction(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidException("identity.refused.organisation", problems);
        }
        String jurisdiction = blankToNull(o.jurisdiction());
        long id = repository.insertOrganisation(code, o.name(), o.kind(), jurisdiction);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "organisation",
                code,
                ChangeMade.summary(
                        "audit.summary.organisation.created", o.name().trim()),
                null,
                repository.organisation(id).orElseThrow()));
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void updateOrganisation(long id, String name, Organisation.Kind kind, String jurisdiction) {
        Organisation before = organisation(id);
        var problems = new ArrayList<Problem>();
        organisationProblems(name, kind, jurisdiction, problems);
        if (!problems.isEmpty()) {
            throw new InvalidException("identity.refused.organisationChange", problems);
        }
        repository.updateOrganisation(id, name, kind, blankToNull(jurisdiction));
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "organisation",
                before.code(),
                ChangeMade.summary("audit.summary.organisation.edited", before.code()),
                before,
                organisation(id)));
    }

    private void organisationProblems(
            String name, Organisation.Kind kind, String jurisdiction, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(Problem.at("name", "problem.required"));
        }
        if (kind == null) {
            problems.add(Problem.at("kind", "problem.required"));
        }
        if (blankToNull(jurisdiction) != null && !jurisdictions.exists(jurisdiction.trim())) {
            problems.add(Problem.at("jurisdiction", "identity.problem.unknownJurisdiction"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase();
    }
}
