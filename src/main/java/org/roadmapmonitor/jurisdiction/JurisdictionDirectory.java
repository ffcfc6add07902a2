package org.roadmapmonitor.jurisdiction;

import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.jurisdiction.internal.JurisdictionRepository;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules and the pages ask about jurisdictions and their framework memberships. */
@Service
public class JurisdictionDirectory {
    private final JurisdictionRepository repository;
    private final ApplicationEventPublisher events;

    public JurisdictionDirectory(JurisdictionRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** All jurisdictions in tree order: each parent followed by its children. */
    public List<Jurisdiction> all() {
        return repository.all();
    }

    public Optional<Jurisdiction> find(String code) {
        return code == null ? Optional.empty() : repository.find(code.trim().toUpperCase());
    }

    public Jurisdiction require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("jurisdiction.noJurisdiction", code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public boolean frameworkExists(String frameworkCode) {
        return repository.frameworkExists(frameworkCode);
    }

    /** The members and partners of a framework, in tree order. */
    public List<Jurisdiction> forFramework(String frameworkCode) {
        return repository.forFramework(frameworkCode);
    }

    /** The jurisdiction and everything below it. */
    public List<Jurisdiction> subtree(String code) {
        return repository.subtree(require(code).path());
    }

    public List<Membership> memberships(String jurisdictionCode) {
        return repository.membershipsOf(jurisdictionCode);
    }

    public List<Membership> membershipsOfFramework(String frameworkCode) {
        return repository.membershipsOfFramework(frameworkCode);
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void setMembership(String frameworkCode, String jurisdictionCode, Membership.Role role) {
        Jurisdiction j = require(jurisdictionCode);
        if (!repository.frameworkExists(frameworkCode)) {
            throw new InvalidException("framework", "framework.noFramework", frameworkCode);
        }
        var before = repository.membership(frameworkCode, j.code());
        repository.upsertMembership(new Membership(frameworkCode, j.code(), role));
        events.publishEvent(new ChangeMade(
                before.isPresent() ? "UPDATE" : "CREATE",
                "membership",
                frameworkCode + "/" + j.code(),
                j.name() + " is " + role.name().toLowerCase() + " of " + frameworkCode,
                before.orElse(null),
                new Membership(frameworkCode, j.code(), role)));
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void removeMembership(String frameworkCode, String jurisdictionCode) {
        var before = repository
                .membership(frameworkCode, jurisdictionCode)
                .orElseThrow(() -> new NotFoundException("jurisdiction.notAMember", jurisdictionCode, frameworkCode));
        repository.deleteMembership(frameworkCode, jurisdictionCode);
        events.publishEvent(new ChangeMade(
                "DELETE",
                "membership",
                frameworkCode + "/" + jurisdictionCode,
                jurisdictionCode + " removed from " + frameworkCode,
                before,
                null));
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Jurisdiction update(String code, String name, String shortName, String capital, String footnote) {
        Jurisdiction before = require(code);
        if (name == null || name.isBlank()) {
            throw new InvalidException("name", "identity.problem.nameEmpty");
        }
        Jurisdiction after = new Jurisdiction(
                before.code(),
                name.trim(),
                shortName == null || shortName.isBlank() ? name.trim() : shortName.trim(),
                before.kind(),
                before.parent(),
                before.path(),
                before.isoCode(),
                blankToNull(capital),
                blankToNull(footnote),
                before.position());
        repository.update(after);
        events.publishEvent(
                new ChangeMade("UPDATE", "jurisdiction", code, "Jurisdiction " + code + " edited", before, after));
        return after;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
