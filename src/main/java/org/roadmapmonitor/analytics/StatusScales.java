package org.roadmapmonitor.analytics;

import org.roadmapmonitor.analytics.internal.StatusScaleRepository;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PreconditionRequiredException;
import org.roadmapmonitor.shared.StaleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each framework's status scale: read by everyone, set by the secretariat (audited). */
@Service
public class StatusScales {
    /** A scale and the revision it was read or written at (the API's ETag). */
    public record Versioned(StatusScale scale, boolean isDefault, long revision) {}

    /** Someone set the scale since the caller read it. */
    public static class StaleScaleException extends StaleException {
        StaleScaleException(String framework, long expected, long current) {
            super("analytics.scale.stale", framework, expected, current);
        }
    }

    private final StatusScaleRepository repository;
    private final FrameworkCatalogue frameworks;
    private final ApplicationEventPublisher events;

    StatusScales(StatusScaleRepository repository, FrameworkCatalogue frameworks, ApplicationEventPublisher events) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.events = events;
    }

    /** The framework's scale, or the default one while its secretariat has set none. */
    public StatusScale scale(String framework) {
        frameworks.summary(framework);
        return repository.find(framework).orElse(StatusScale.DEFAULT);
    }

    /** Whether the framework uses the default scale. */
    public boolean isDefault(String framework) {
        return repository.find(framework).isEmpty();
    }

    /** The scale with its revision, read in one transaction. */
    @Transactional(readOnly = true)
    public Versioned versioned(String framework) {
        StatusScale scale = scale(framework);
        long revision = repository.revision(framework);
        return new Versioned(scale, revision == 0 || isDefault(framework), revision);
    }

    /**
     * Replaces the scale; a scale with any problem is refused whole, naming each level and field. The caller
     * names the revision it read ({@code If-Match}, the form's hidden field; 428 without): a scale set meanwhile
     * by someone else is refused as stale (412 in the API) instead of being overwritten.
     */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Versioned set(String framework, StatusScale scale, Long expectedRevision) {
        frameworks.summary(framework);
        if (expectedRevision == null) {
            throw new PreconditionRequiredException();
        }
        var problems = scale.problems();
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "analytics.scale.refused", problems.size());
        }
        long current = repository.lockRevision(framework);
        if (expectedRevision != current) {
            throw new StaleScaleException(framework, expectedRevision, current);
        }
        StatusScale before = scale(framework);
        long revision = repository.replace(framework, scale);
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "status-scale",
                framework,
                ChangeMade.summary("audit.summary.statusScale", framework),
                before,
                scale));
        return new Versioned(scale, false, revision);
    }
}
