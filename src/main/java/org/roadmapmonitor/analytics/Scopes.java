package org.roadmapmonitor.analytics;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadmapmonitor.analytics.internal.AnalyticsRevisions;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.springframework.stereotype.Component;

/**
 * Each framework's {@link Scope}, status scale and the jurisdictions it may name, built once per revision of the
 * definitions and reused until a write bumps it: a call costs one statement (the revision) instead of ~11 per
 * framework version. Nothing is reused that a request's own read of the revision would not cover, so a changed
 * framework, membership, jurisdiction or scale is in the next answer.
 */
@Component
class Scopes {
    /**
     * What analytics needs of a framework besides its values, as read at {@code revision}; {@code working} the
     * working view's revision read in the same statement (V86: every write of working values, reports, the calendar or
     * evidence records moves it).
     */
    record Framed(
            Revision revision, long working, Scope scope, StatusScale scale, Map<String, Jurisdiction> jurisdictions) {}

    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final StatusScales scales;
    private final AnalyticsRevisions revisions;
    private final Map<String, Framed> framed = new ConcurrentHashMap<>();

    Scopes(
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            StatusScales scales,
            AnalyticsRevisions revisions) {
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.scales = scales;
        this.revisions = revisions;
    }

    /** Whether the framework's published values were written since {@code read} (one statement). */
    boolean publishedMoved(String framework, Revision read) {
        return revisions.of(framework).map(r -> r[1] != read.values()).orElse(true);
    }

    /**
     * The framework as kept, with its revisions read now (one statement, which needs no transaction), when the
     * copy kept covers them; else empty (also for an unknown framework), for {@link #of} to build it in a
     * transaction.
     */
    Optional<Framed> ofKept(String framework) {
        var read = revisions.of(framework);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Revision asked = new Revision(read.get()[0], read.get()[1]);
        Framed kept = framed.get(framework);
        if (kept != null && kept.revision().definitions() >= asked.definitions()) {
            return Optional.of(new Framed(asked, read.get()[2], kept.scope(), kept.scale(), kept.jurisdictions()));
        }
        return Optional.empty();
    }

    /**
     * The framework as this request may read it: its revisions read now (one statement), the copy kept when it
     * covers them, else built afresh (and kept) in the request's transaction.
     */
    Framed of(String framework) {
        var read = revisions.of(framework);
        if (read.isEmpty()) {
            Scope.of(framework, frameworks, jurisdictions); // refuses the unknown framework in the usual words
            throw new IllegalStateException("framework " + framework + " has no revision");
        }
        Revision asked = new Revision(read.get()[0], read.get()[1]);
        Framed kept = framed.get(framework);
        if (kept != null && kept.revision().definitions() >= asked.definitions()) {
            return new Framed(asked, read.get()[2], kept.scope(), kept.scale(), kept.jurisdictions());
        }
        Scope scope = Scope.of(framework, frameworks, jurisdictions);
        Framed fresh = new Framed(
                asked,
                read.get()[2],
                scope,
                scales.scale(scope.summary().code()),
                jurisdictions.all().stream().collect(Collectors.toMap(Jurisdiction::code, Function.identity())));
        framed.merge(
                framework,
                fresh,
                (a, b) -> a.revision().definitions() >= b.revision().definitions() ? a : b);
        return fresh;
    }
}
