package org.roadmapmonitor.jurisdiction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.Membership;
import org.roadmapmonitor.shared.ChangeMade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the shipped jurisdictions (seed/jurisdictions.json) into an empty table, and each shipped
 * framework's memberships once that framework exists and has none.
 */
@Component
public class JurisdictionSeeder {
    private static final Logger log = LoggerFactory.getLogger(JurisdictionSeeder.class);

    record SeedMembership(String framework, Membership.Role role) {}

    record SeedJurisdiction(
            String code,
            String name,
            String shortName,
            Jurisdiction.Kind kind,
            String parent,
            String isoCode,
            String capital,
            String footnote,
            Map<Designations.Convention, Map<String, String>> footnotes,
            Boolean unMember,
            List<SeedMembership> memberships) {}

    private final JurisdictionRepository repository;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    public JurisdictionSeeder(JurisdictionRepository repository, JsonMapper json, ApplicationEventPublisher events) {
        this.repository = repository;
        this.json = json;
        this.events = events;
    }

    List<SeedJurisdiction> shipped() {
        try (InputStream in = new ClassPathResource("seed/jurisdictions.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<SeedJurisdiction>>() {});
        } catch (IOException e) {
            throw new IllegalStateException("The shipped jurisdictions cannot be read", e);
        }
    }

    @Transactional
    public void seedJurisdictions() {
        if (repository.count() > 0) {
            return;
        }
        Map<String, String> paths = new HashMap<>();
        int position = 0;
        for (SeedJurisdiction s : shipped()) {
            String path = (s.parent() == null ? "/" : paths.get(s.parent())) + s.code() + "/";
            paths.put(s.code(), path);
            var j = new Jurisdiction(
                    s.code(),
                    s.name(),
                    s.shortName() == null ? s.name() : s.shortName(),
                    s.kind(),
                    s.parent(),
                    path,
                    s.isoCode(),
                    s.capital(),
                    s.footnote(),
                    position++);
            repository.insert(j);
            repository.markUnMember(s.code(), s.unMember());
            if (s.footnotes() != null) {
                s.footnotes()
                        .forEach((convention, texts) -> texts.forEach(
                                (language, text) -> repository.insertFootnote(s.code(), convention, language, text)));
            }
        }
        events.publishEvent(new ChangeMade(
                "IMPORT",
                "jurisdiction",
                "*",
                ChangeMade.summary("audit.summary.jurisdictions.loaded", position),
                null,
                Map.of("count", position)));
        log.info("Loaded {} shipped jurisdictions", position);
    }

    @Transactional
    public void seedMemberships() {
        var shipped = shipped();
        Map<String, Integer> added = new HashMap<>();
        Map<String, Boolean> eligible = new HashMap<>();
        for (SeedJurisdiction s : shipped) {
            for (SeedMembership m : s.memberships() == null ? List.<SeedMembership>of() : s.memberships()) {
                // Only a framework with no memberships yet: the secretariat's later removals must stick.
                boolean load = eligible.computeIfAbsent(
                        m.framework(),
                        f -> repository.frameworkExists(f)
                                && repository.membershipsOfFramework(f).isEmpty());
                if (load) {
                    repository.upsertMembership(new Membership(m.framework(), s.code(), m.role()));
                    added.merge(m.framework(), 1, Integer::sum);
                }
            }
        }
        added.forEach((framework, count) -> events.publishEvent(new ChangeMade(
                "IMPORT",
                "membership",
                framework,
                ChangeMade.summary("audit.summary.memberships.loaded", framework, count),
                null,
                Map.of("count", count))));
    }
}
