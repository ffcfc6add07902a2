package org.roadmapmonitor.analytics;

import org.roadmapmonitor.analytics.internal.StatusScaleRepository;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each framework's status scale: read by everyone, set by the secretariat (audited). */
@Service
public class StatusScales {
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

    /** Replaces the scale; a scale with any problem is refused whole, naming each level and field. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public StatusScale set(String framework, StatusScale scale) {
        frameworks.summary(framework);
        var problems = scale.problems();
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "analytics.scale.refused", problems.size());
        }
        StatusScale before = scale(framework);
        repository.replace(framework, scale);
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "status-scale",
                framework,
                ChangeMade.summary("audit.summary.statusScale", framework),
                before,
                scale));
        return scale;
    }
}
