package org.roadmapmonitor.coordination.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.roadmapmonitor.coordination.ActionPoint;
import org.roadmapmonitor.coordination.ActionPoints;
import org.roadmapmonitor.coordination.MeetingDecisions;
import org.roadmapmonitor.coordination.MeetingDocuments;
import org.roadmapmonitor.coordination.MeetingType;
import org.roadmapmonitor.coordination.Meetings;
import org.roadmapmonitor.coordination.Participant;
import org.roadmapmonitor.coordination.Participation;
import org.roadmapmonitor.coordination.Sex;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meetings pages: the list with participation by year, planning, and one meeting with its follow-up. */
@Controller
class MeetingController {
    private final Meetings meetings;
    private final Participation participation;
    private final MeetingDecisions decisions;
    private final ActionPoints actionPoints;
    private final MeetingDocuments documents;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final FundDirectory funds;
    private final MessageSource messages;

    MeetingController(
            Meetings meetings,
            Participation participation,
            MeetingDecisions decisions,
            ActionPoints actionPoints,
            MeetingDocuments documents,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            FundDirectory funds,
            MessageSource messages) {
        this.meetings = meetings;
        this.participation = participation;
        this.decisions = decisions;
        this.actionPoints = actionPoints;
        this.documents = documents;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.funds = funds;
        this.messages = messages;
    }

    @GetMapping("/meetings")
    String list(
            @RequestParam(required = false) MeetingType type,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var q = new Meetings.Query(
                type, jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction, null, null, null);
        model.addAttribute("page", meetings.list(q, page, 25));
        model.addAttribute("years", participation.byYear(q));
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("type", type);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("jurisdictions", jurisdictions.all());
        model.addAttribute("canPlan", meetings.canPlanSome());
        return "coordination/list";
    }

    @GetMapping("/meetings/new")
    String form(Model model) {
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("frameworks", frameworks.list());
        model.addAttribute("jurisdictions", jurisdictions.all());
        model.addAttribute("funds", funds.all());
        return "coordination/new";
    }

    @PostMapping("/meetings")
    String plan(MeetingForm form, RedirectAttributes redirect, Locale locale) {
        var m = meetings.plan(form.plan(), false);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        return "redirect:/meetings/" + m.id();
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        var m = meetings.get(id);
        model.addAttribute("meeting", m);
        model.addAttribute("canOrganise", meetings.canOrganise(m));
        model.addAttribute("decisions", decisions.list(id));
        model.addAttribute(
                "actionPoints", actionPoints.list(new ActionPoints.Query(id, null, null, false, null), 0, 500));
        model.addAttribute("followUp", actionPoints.toFollowUp(id));
        model.addAttribute("documents", documents.list(id));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("statuses", ActionPoint.Status.values());
        return "coordination/show";
    }

    @PostMapping("/meetings/{id}/participants")
    String addParticipant(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String function,
            @RequestParam(required = false) String sex,
            RedirectAttributes redirect,
            Locale locale) {
        Sex s = Arrays.stream(Sex.values())
                .filter(x -> x.name().equals(sex))
                .findFirst()
                .orElseThrow(() -> new InvalidException("sex", "coordination.problem.sex"));
        meetings.addParticipant(id, new Participant(name, organisation, function, s));
        return saved(id, redirect, locale);
    }

    @PostMapping("/meetings/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes r, Locale l) {
        decisions.record(id, new MeetingDecisions.NewDecision(text, null));
        return saved(id, r, l);
    }

    @PostMapping("/meetings/{id}/action-points")
    String addActionPoint(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String due,
            RedirectAttributes redirect,
            Locale locale) {
        actionPoints.add(id, new ActionPoints.NewActionPoint(title, owner, organisation, date(due)));
        return saved(id, redirect, locale);
    }

    @PostMapping("/meetings/{id}/documents")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        documents.add(
                id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), note);
        return saved(id, redirect, locale);
    }

    @GetMapping("/meetings/{id}/documents/{document}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long document) {
        var d = documents.download(id, document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(d.content());
    }

    private String saved(long id, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        return "redirect:/meetings/" + id;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidException("due", "problem.notADate", text);
        }
    }
}
