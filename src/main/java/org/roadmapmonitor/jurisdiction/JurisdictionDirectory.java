package org.roadmapmonitor.jurisdiction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    /** The memberships of several jurisdictions in one query (pages that list many must not ask per row). */
    public List<Membership> memberships(Collection<String> jurisdictionCodes) {
        return repository.membershipsOf(jurisdictionCodes);
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
                ChangeMade.summary(
                        "audit.summary.membership.set",
                        j.name(),
                        ChangeMade.word("membership.role." + role.name()),
                        frameworkCode),
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
                ChangeMade.summary("audit.summary.membership.removed", jurisdictionCode, frameworkCode),
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
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "jurisdiction",
                code,
                ChangeMade.summary("audit.summary.jurisdiction.edited", code),
                before,
                after));
        return after;
    }

    /**
     * The designation footnotes of the jurisdictions shown, in the wording the framework or fund chose and the
     * reader's language (English when that language has no text, the jurisdiction's own footnote when the
     * wording has none), each once, in the order shown.
     */
    public List<Designations.Footnote> footnotes(
            Collection<Jurisdiction> shown, Designations.Convention convention, Locale locale) {
        Map<String, Map<String, String>> texts = repository.footnoteTexts(convention);
        Map<String, Designations.Footnote> notes = new LinkedHashMap<>();
        for (Jurisdiction j : shown) {
            if (j == null || notes.containsKey(j.code())) {
                continue;
            }
            Map<String, String> byLanguage = texts.getOrDefault(j.code(), Map.of());
            String text = byLanguage.getOrDefault(locale.getLanguage(), byLanguage.getOrDefault("en", j.footnote()));
            if (text != null) {
                notes.put(j.code(), new Designations.Footnote(j.code(), j.name(), text));
            }
        }
        return List.copyOf(notes.values());
    }

    /** Every footnote text: jurisdiction code → wording → language → text (one query per wording). */
    public Map<String, Map<Designations.Convention, Map<String, String>>> footnoteTexts() {
        Map<String, Map<Designations.Convention, Map<String, String>>> all = new LinkedHashMap<>();
        for (Designations.Convention c : Designations.Convention.values()) {
            repository
                    .footnoteTexts(c)
                    .forEach((code, texts) -> all.computeIfAbsent(code, k -> new LinkedHashMap<>())
                            .put(c, texts));
        }
        return all;
    }

    /** The codes of the jurisdictions marked as UN Member States. */
    public Set<String> unMemberCodes() {
        return repository.unMembers();
    }

    /** The wording a framework or fund prints: the one it chose, else the UN's. */
    public Designations.Convention convention(Designations.Owner owner, String code) {
        return code == null
                ? Designations.Convention.UN
                : repository.convention(owner, code).orElse(Designations.Convention.UN);
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void chooseConvention(Designations.Owner owner, String code, Designations.Convention convention) {
        var before = convention(owner, code);
        repository.choose(owner, code, convention);
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "designation-choice",
                owner.name().toLowerCase() + "/" + code,
                ChangeMade.summary("audit.summary.designation", code, convention),
                Map.of("convention", before.name()),
                Map.of("convention", convention.name())));
    }

    /**
     * Whether the jurisdiction is a UN Member State (a sub-unit as its parent is). Only Member States file
     * PoA/ITI reports and appear in SDG series sent to the UN; regions are never one.
     */
    public boolean isUnMember(String code) {
        Set<String> members = repository.unMembers();
        Optional<Jurisdiction> j = find(code);
        while (j.isPresent()) {
            if (members.contains(j.get().code())) {
                return true;
            }
            if (j.get().kind() != Jurisdiction.Kind.SUB_UNIT) {
                return false;
            }
            j = find(j.get().parent());
        }
        return false;
    }

    /**
     * The items that belong to UN Member States, in their order: what PoA/ITI reports and SDG series keep of a
     * list that also holds Kosovo or Montserrat (or regions). Reads the marks once, whatever the list's size.
     */
    public <T> List<T> unMemberStatesOnly(Collection<T> items, Function<T, String> jurisdictionCode) {
        Set<String> members = repository.unMembers();
        Map<String, Jurisdiction> all = new LinkedHashMap<>();
        repository.all().forEach(j -> all.put(j.code(), j));
        return items.stream()
                .filter(item -> {
                    Jurisdiction j = all.get(jurisdictionCode.apply(item));
                    while (j != null && j.kind() == Jurisdiction.Kind.SUB_UNIT) {
                        j = all.get(j.parent());
                    }
                    return j != null && members.contains(j.code());
                })
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
