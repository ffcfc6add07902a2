package org.roadmapmonitor.publication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents that go out, generated as background jobs. Who may ask for what: the secretariat for a
 * framework's regional report, a jurisdiction's staff (and the secretariat) for that jurisdiction's reports,
 * a fund's administrator, its donors and the secretariat for its annual report. A publication is seen by whoever asked for it, the
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
        DocumentRenderer renderer = renderer(request);
        renderer.check(request);
        Integer number = request.kind() == PublicationKind.REGIONAL_REPORT
                ? store.regionalNumber(request.framework(), request.period(), request.periodEnd())
                : null;
        return queue(request, number, user, null);
    }

    /**
     * Queues the document {@code id} again from the inputs it was made from, in another format or language if
     * asked (blank: as before): the same figures, whatever has been published since. The caller must be allowed
     * to see it and to generate a document of its kind.
     */
    @Transactional
    public Publication reissue(long id, String format, String language) {
        RoadmapUser user = CurrentUser.require();
        Publication kept = get(id);
        var problems = new ArrayList<Problem>();
        PublicationFormat f = format == null || format.isBlank()
                ? kept.format()
                : PublicationFormat.fromCode(format).orElse(null);
        if (f == null) {
            problems.add(Problem.at("format", "publication.format.unknown", String.valueOf(format)));
        }
        Locale l = language == null || language.isBlank() ? kept.language() : Locale.forLanguageTag(language.strip());
        if (!LANGUAGES.contains(l.getLanguage())) {
            problems.add(Problem.at("language", "publication.language.unknown", String.valueOf(language)));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems, "publication.invalid");
        }
        authorise(user, kept.request());
        if (kept.state() != Publication.State.SUCCEEDED) {
            throw new ConflictException("publication.reissue.notIssued", id);
        }
        PublicationRequest request = kept.request().in(f, l);
        DocumentRenderer renderer = renderer(request);
        if (!renderer.reissues() || !store.hasInputs(kept.id())) {
            throw new ConflictException("publication.reissue.unavailable", id);
        }
        return queue(request, kept.number(), user, kept.id());
    }

    private Publication queue(PublicationRequest request, Integer number, RoadmapUser user, Long reissueOf) {
        long id = store.queue(request, number, user.email(), clock.instant(), reissueOf);
        worker.wake();
        return store.find(id).orElseThrow();
    }

    /** The renderer of the request's kind, if it writes the request's format. */
    private DocumentRenderer renderer(PublicationRequest request) {
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
        return renderer;
    }

    private void check(PublicationRequest r) {
        List<Problem> problems = problems(r);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems, "publication.invalid");
        }
    }

    /** What is missing or unknown for the request's kind, each problem naming its field; empty when nothing is. */
    public List<Problem> problems(PublicationRequest r) {
        List<Problem> problems = new ArrayList<>();
        if (r.kind().needsFramework()) {
            if (r.framework() == null) {
                problems.add(Problem.at("framework", "publication.framework.required"));
            } else if (frameworks.list().stream().noneMatch(f -> f.code().equals(r.framework()))) {
                problems.add(Problem.at("framework", "publication.framework.unknown", r.framework()));
            }
        }
        if (r.kind().needsJurisdiction()) {
            if (r.jurisdiction() == null) {
                problems.add(Problem.at("jurisdiction", "publication.jurisdiction.required"));
            } else if (!jurisdictions.exists(r.jurisdiction())) {
                problems.add(Problem.at("jurisdiction", "publication.jurisdiction.unknown", r.jurisdiction()));
            }
        }
        if (r.kind().needsFund()) {
            if (r.fund() == null) {
                problems.add(Problem.at("fund", "publication.fund.required"));
            } else if (funds.find(r.fund()).isEmpty()) {
                problems.add(Problem.at("fund", "publication.fund.unknown", r.fund()));
            }
        }
        if (r.isRange() && !r.kind().coversRange()) {
            problems.add(Problem.at("period", "publication.period.noRange", r.periodCode()));
        }
        if (!LANGUAGES.contains(r.language().getLanguage())) {
            problems.add(Problem.at(
                    "language", "publication.language.unknown", r.language().toLanguageTag()));
        }
        if (r.kpiPeriod() != null
                && r.kpiPeriod().start().isAfter(r.lastPeriod().end())) {
            problems.add(Problem.at(
                    "kpiPeriod", "publication.kpiPeriod.after", r.kpiPeriod().code(), r.periodLabel()));
        }
        return problems;
    }

    private static void authorise(RoadmapUser user, PublicationRequest r) {
        if (!mayGenerate(user, r)) {
            throw switch (r.kind()) {
                case REGIONAL_REPORT -> new ForbiddenException("publication.forbidden.regional");
                case JURISDICTION_REPORT, POA_REPORT ->
                    new ForbiddenException("publication.forbidden.jurisdiction", r.jurisdiction());
                case FUND_ANNUAL_REPORT -> new ForbiddenException("publication.forbidden.fund", r.fund());
            };
        }
    }

    /**
     * The fund's annual report goes to its donors and steering committee and shows only what the fund already
     * makes public, so its administrator, the secretariat (which assembles the reports that go out) and the
     * fund's donors may generate it; its participating organisations report into it and do not.
     */
    private static boolean mayGenerate(RoadmapUser user, PublicationRequest r) {
        return switch (r.kind()) {
            case REGIONAL_REPORT -> user.isSecretariat();
            case JURISDICTION_REPORT, POA_REPORT ->
                user.isSecretariat() || user.jurisdictions().contains(r.jurisdiction());
            case FUND_ANNUAL_REPORT ->
                user.isSecretariat() || user.has(Role.FUND_ADMIN, r.fund()) || user.has(Role.DONOR_VIEWER, r.fund());
        };
    }

    /** Whether the caller may issue this document again from the inputs it kept. */
    public boolean reissuable(Publication p) {
        return p.state() == Publication.State.SUCCEEDED
                && mayGenerate(CurrentUser.require(), p.request())
                && worker.renderer(p.kind()).map(DocumentRenderer::reissues).orElse(false)
                && store.hasInputs(p.id());
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
