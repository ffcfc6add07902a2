package org.roadmapmonitor.nationalreport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.nationalreport.internal.PoaPdf;
import org.roadmapmonitor.nationalreport.internal.PoaPrefill;
import org.roadmapmonitor.nationalreport.internal.PoaRepository;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PreconditionRequiredException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.StaleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PoA/ITI national reports, scoped like progress reports: the secretariat and the jurisdiction's editors start
 * and answer them, its approvers read them, nobody else knows they exist (404). Only UN Member States have one.
 * Every write is audited.
 */
@Service
public class PoaReports {
    public static final int NOTE_LIMIT = 4000;

    private final PoaRepository repository;
    private final PoaPrefill prefill;
    private final JurisdictionDirectory jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PoaReports(
            PoaRepository repository,
            PoaPrefill prefill,
            JurisdictionDirectory jurisdictions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.prefill = prefill;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    /** The reports this user may read, newest cycle first (two queries). */
    @Transactional(readOnly = true)
    public List<PoaReport.Summary> list() {
        RoadmapUser user = CurrentUser.require();
        Map<String, String> names = new LinkedHashMap<>();
        jurisdictions.all().forEach(j -> names.put(j.code(), j.name()));
        return repository.list(user.isSecretariat() ? null : user.jurisdictions(), names);
    }

    /** The UN Member States this user may start a report for (the secretariat: all). */
    public List<Jurisdiction> startable() {
        RoadmapUser user = CurrentUser.require();
        var states = jurisdictions.all().stream()
                .filter(j -> j.kind() == Jurisdiction.Kind.JURISDICTION)
                .filter(j -> user.isSecretariat() || user.has(Role.JURISDICTION_EDITOR, j.code()))
                .toList();
        return jurisdictions.unMemberStatesOnly(states, Jurisdiction::code);
    }

    /** Starts the report of a UN Member State for a cycle, pre-filled from the records. */
    @Transactional
    public PoaReport create(String jurisdiction, Integer cycle) {
        var problems = new ArrayList<Problem>();
        var place = jurisdictions.find(jurisdiction);
        if (place.isEmpty()) {
            problems.add(Problem.at("jurisdiction", "nationalreport.problem.unknownJurisdiction", jurisdiction));
        } else if (place.get().kind() != Jurisdiction.Kind.JURISDICTION
                || !jurisdictions.isUnMember(place.get().code())) {
            problems.add(Problem.at(
                    "jurisdiction",
                    "nationalreport.problem.notUnMember",
                    place.get().name(),
                    place.get().code()));
        }
        if (cycle == null || cycle < 2002 || cycle > 9999) {
            problems.add(
                    Problem.at("cycle", "nationalreport.problem.cycle", cycle == null ? "" : String.valueOf(cycle)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "nationalreport.notStarted");
        }
        String code = place.get().code();
        mayEdit(code);
        repository.header(code, cycle).ifPresent(existing -> {
            throw new ConflictException(
                    "nationalreport.exists", place.get().name(), String.valueOf(cycle), existing.id());
        });
        Instant now = clock.instant();
        long id = repository.insert(code, cycle, CurrentUser.actor(), now);
        repository.prefill(id, prefill.compute(code, cycle), now);
        PoaReport created = read(id);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "poa-report",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.poa.started", code, cycle),
                null,
                Map.of("jurisdiction", code, "cycle", cycle)));
        return created;
    }

    @Transactional(readOnly = true)
    public PoaReport get(long id) {
        var header = repository.header(id).orElseThrow(() -> notFound(id));
        if (!maySee(header.jurisdiction())) {
            throw notFound(id);
        }
        return read(id);
    }

    /**
     * Fills the pre-filled answers again from today's records; the user's answers stay. Like every write here it
     * names the revision it read, so that two people cannot overwrite each other unknowingly.
     */
    @Transactional
    public PoaReport refresh(long id, Long expectedRevision) {
        PoaReport before = editable(id, expectedRevision);
        repository.prefill(id, prefill.compute(before.jurisdiction(), before.cycle()), clock.instant());
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "poa-report",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.poa.prefilled", id),
                Map.of("prefilledAt", before.prefilledAt().toString()),
                Map.of("prefilledAt", clock.instant().toString())));
        return read(id);
    }

    /** Records the user's answers, all checked first: one problem refuses them all, naming the row and field. */
    @Transactional
    public PoaReport answer(long id, Long expectedRevision, List<AnswerInput> inputs) {
        PoaReport before = editable(id, expectedRevision);
        var problems = new ArrayList<Problem>();
        var checked = new ArrayList<Checked>();
        for (int i = 0; i < (inputs == null ? 0 : inputs.size()); i++) {
            checked.add(check(inputs.get(i), "answers[" + i + "]", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "nationalreport.notSaved");
        }
        Instant now = clock.instant();
        String actor = CurrentUser.actor();
        var changed = new LinkedHashMap<String, Object>();
        var was = new LinkedHashMap<String, Object>();
        for (Checked c : checked) {
            repository.answer(id, c.question(), c.answer(), c.note(), c.men(), c.women(), c.reviewed(), actor, now);
            before.items().stream()
                    .filter(item -> item.question() == c.question())
                    .findFirst()
                    .ifPresent(item -> was.put(c.question().name(), state(item.answer(), item.reviewed())));
            changed.put(c.question().name(), state(c.answer(), c.reviewed()));
        }
        repository.touch(id, now);
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "poa-report",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.poa.answers", id, changed.size()),
                was,
                changed));
        return read(id);
    }

    /**
     * The report of a jurisdiction and cycle for a document, without the reader's scope: the publication jobs
     * run as the platform, after {@link #requireReadable} checked the person who asked.
     */
    @Transactional(readOnly = true)
    public PoaReport forDocument(String jurisdiction, int cycle) {
        var header = repository
                .header(jurisdiction, cycle)
                .orElseThrow(
                        () -> new NotFoundException("nationalreport.noReport", jurisdiction, String.valueOf(cycle)));
        return read(header.id());
    }

    /** Refuses, as the person asking, a document of a report they may not read or that does not exist. */
    public void requireReadable(String jurisdiction, int cycle) {
        String code = jurisdiction == null ? "" : jurisdiction.strip().toUpperCase();
        if (!jurisdictions.isUnMember(code)) {
            throw new InvalidException("jurisdiction", "nationalreport.problem.notUnMember", code, code);
        }
        var header = repository.header(code, cycle);
        if (header.isEmpty() || !maySee(header.get().jurisdiction())) {
            throw new NotFoundException("nationalreport.noReport", code, String.valueOf(cycle));
        }
    }

    /** The report as a structured document in the reader's language (what the JSON export holds). */
    @Transactional(readOnly = true)
    public PoaDocument document(long id, Locale language) {
        return PoaDocument.of(get(id), language);
    }

    /** The report as a tagged PDF in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id, Locale language) {
        return PoaPdf.write(document(id, language));
    }

    private record Checked(
            PoaQuestion question, Answer answer, String note, Integer men, Integer women, boolean reviewed) {}

    private static Checked check(AnswerInput in, String path, List<Problem> problems) {
        PoaQuestion question = null;
        try {
            question = PoaQuestion.valueOf(
                    in.question() == null ? "" : in.question().strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(path + ".question", "nationalreport.problem.question", in.question()));
        }
        Answer answer = null;
        if (in.answer() != null && !in.answer().isBlank()) {
            try {
                answer = Answer.valueOf(in.answer().strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.at(path + ".answer", "nationalreport.problem.answer", in.answer()));
            }
        }
        String note =
                in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.length() > NOTE_LIMIT) {
            problems.add(Problem.at(path + ".note", "nationalreport.problem.noteTooLong", NOTE_LIMIT));
        }
        for (var count : List.of(Map.entry("men", nz(in.men())), Map.entry("women", nz(in.women())))) {
            if (count.getValue() < 0) {
                problems.add(Problem.at(path + "." + count.getKey(), "nationalreport.problem.negative"));
            } else if (count.getValue() > 0 && question != null && !question.countsPeople()) {
                problems.add(Problem.at(path + "." + count.getKey(), "nationalreport.problem.noCounts", question));
            }
        }
        return new Checked(question, answer, note, in.men(), in.women(), Boolean.TRUE.equals(in.reviewed()));
    }

    private static int nz(Integer n) {
        return n == null ? 0 : n;
    }

    private static Map<String, Object> state(Answer answer, boolean reviewed) {
        return Map.of("answer", answer == null ? "" : answer.name(), "reviewed", reviewed);
    }

    private PoaReport editable(long id, Long expectedRevision) {
        PoaReport report = get(id);
        mayEdit(report.jurisdiction());
        if (expectedRevision == null) {
            throw new PreconditionRequiredException();
        }
        if (expectedRevision != report.revision()) {
            throw new StaleException("nationalreport.stale", report.revision(), expectedRevision);
        }
        return report;
    }

    private PoaReport read(long id) {
        var h = repository.header(id).orElseThrow(() -> notFound(id));
        String name =
                jurisdictions.find(h.jurisdiction()).map(Jurisdiction::name).orElse(h.jurisdiction());
        return new PoaReport(
                h.id(),
                h.jurisdiction(),
                name,
                h.cycle(),
                h.createdAt(),
                h.createdBy(),
                h.updatedAt(),
                h.prefilledAt(),
                h.revision(),
                repository.items(id),
                repository.sdg(id));
    }

    private static boolean maySee(String jurisdiction) {
        RoadmapUser user = CurrentUser.require();
        return user.isSecretariat()
                || user.has(Role.JURISDICTION_EDITOR, jurisdiction)
                || user.has(Role.JURISDICTION_APPROVER, jurisdiction);
    }

    private static void mayEdit(String jurisdiction) {
        RoadmapUser user = CurrentUser.require();
        if (!user.isSecretariat() && !user.has(Role.JURISDICTION_EDITOR, jurisdiction)) {
            throw new ForbiddenException("nationalreport.onlyEditors", jurisdiction);
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("nationalreport.notFound", id);
    }
}
