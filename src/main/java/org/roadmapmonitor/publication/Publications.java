package org.roadmapmonitor.publication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.publication.internal.PublicationStore;
import org.roadmapmonitor.publication.internal.PublicationWorker;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents that go out, generated as background jobs. Who may ask for what: the secretariat for a
 * framework's regional report, a jurisdiction's staff (and the secretariat) for that jurisdiction's reports,
 * a fund's administrator for its annual report. A publication is seen by whoever asked for it, the
 * secretariat, and the staff of the jurisdiction or fund it is about; to anyone else it does not exist.
 */
@Service
public class Publications {
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "es");
    private static final int PAGE = 100;

    private final PublicationStore store;
    private final PublicationWorker worker;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final FundDirectory funds;
    private final Clock clock;

    public Publications(
            PublicationStore store,
            PublicationWorker worker,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            FundDirectory funds,
            Clock clock) {
        this.store = store;
        this.worker = worker;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.funds = funds;
        this.clock = clock;
    }

    /** Checks the request and the caller's right to it, and queues its job. */
    @Transactional
    public Publication submit(PublicationRequest request) {
        RoadmapUser user = CurrentUser.require();
        check(request);
        authorise(user, request);
        DocumentRenderer renderer = worker.renderer(request.kind())
                .orElseThrow(() -> new BadRequestException("kind", "publication.kind.unavailable", request.kind()));
        if (!renderer.formats().contains(request.format())) {
            throw new BadRequestException(
                    "format",
                    "publication.format.unavailable",
                    request.format().code(),
                    String.join(
                            ", ",
                            renderer.formats().stream()
                                    .map(PublicationFormat::code)
                                    .sorted()
                                    .toList()));
        }
        renderer.check(request);
        Integer number = request.kind() == PublicationKind.REGIONAL_REPORT
                ? store.regionalNumber(request.framework(), request.period())
                : null;
        long id = store.queue(request, number, user.email(), clock.instant());
        worker.wake();
        return store.find(id).orElseThrow();
    }

    private void check(PublicationRequest r) {
        List<Problem> problems = new ArrayList<>();
        boolean fundReport = r.kind() == PublicationKind.FUND_ANNUAL_REPORT;
        if (!fundReport
                && (r.framework() == null
                        || frameworks.list().stream().noneMatch(f -> f.code().equals(r.framework())))) {
            problems.add(Problem.at("framework", "publication.framework.unknown", String.valueOf(r.framework())));
        }
        boolean aboutJurisdiction =
                r.kind() == PublicationKind.JURISDICTION_REPORT || r.kind() == PublicationKind.POA_REPORT;
        if (aboutJurisdiction && (r.jurisdiction() == null || !jurisdictions.exists(r.jurisdiction()))) {
            problems.add(
                    Problem.at("jurisdiction", "publication.jurisdiction.unknown", String.valueOf(r.jurisdiction())));
        }
        if (fundReport && (r.fund() == null || funds.find(r.fund()).isEmpty())) {
            problems.add(Problem.at("fund", "publication.fund.unknown", String.valueOf(r.fund())));
        }
        if (!LANGUAGES.contains(r.language().getLanguage())) {
            problems.add(Problem.at(
                    "language", "publication.language.unknown", r.language().toLanguageTag()));
        }
        if (r.kpiPeriod() != null && r.kpiPeriod().start().isAfter(r.period().end())) {
            problems.add(Problem.at(
                    "kpiPeriod",
                    "publication.kpiPeriod.after",
                    r.kpiPeriod().code(),
                    r.period().code()));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems, "publication.invalid");
        }
    }

    private static void authorise(RoadmapUser user, PublicationRequest r) {
        switch (r.kind()) {
            case REGIONAL_REPORT -> {
                if (!user.isSecretariat()) {
                    throw new ForbiddenException("publication.forbidden.regional");
                }
            }
            case JURISDICTION_REPORT, POA_REPORT -> {
                if (!user.isSecretariat() && !user.jurisdictions().contains(r.jurisdiction())) {
                    throw new ForbiddenException("publication.forbidden.jurisdiction", r.jurisdiction());
                }
            }
            case FUND_ANNUAL_REPORT -> {
                if (!user.has(Role.FUND_ADMIN, r.fund())) {
                    throw new ForbiddenException("publication.forbidden.fund", r.fund());
                }
            }
        }
    }

    /** The publication, if the caller may see it. */
    public Publication get(long id) {
        Publication p = store.find(id).orElseThrow(() -> new NotFoundException("publication.notFound", id));
        RoadmapUser user = CurrentUser.require();
        boolean mine = user.isSecretariat()
                || user.email().equals(p.createdBy())
                || (p.request().jurisdiction() != null
                        && user.jurisdictions().contains(p.request().jurisdiction()))
                || (p.request().fund() != null
                        && user.funds().contains(p.request().fund()));
        if (!mine) {
            throw new NotFoundException("publication.notFound", id);
        }
        return p;
    }

    /** The newest publications the caller may see. */
    public List<Publication> list() {
        RoadmapUser user = CurrentUser.require();
        return store.page(user.isSecretariat(), user.email(), user.jurisdictions(), user.funds(), PAGE);
    }

    /** The generated file, exactly as it was first generated. */
    public byte[] file(long id) {
        Publication p = get(id);
        return store.content(p.id()).orElseThrow(() -> new NotFoundException("publication.notReady", id));
    }

    /** The figures the document shows, in the order it shows them. */
    public List<RenderedDocument.Figure> figures(long id) {
        return store.figures(get(id).id());
    }

    /** Kinds that can be generated on this installation (a kind without a renderer cannot). */
    public List<PublicationKind> available() {
        return List.of(PublicationKind.values()).stream()
                .filter(k -> worker.renderer(k).isPresent())
                .toList();
    }
}
