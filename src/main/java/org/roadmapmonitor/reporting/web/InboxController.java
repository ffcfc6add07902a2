package org.roadmapmonitor.reporting.web;

import java.util.Locale;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.reporting.Notifications;
import org.roadmapmonitor.reporting.ReportAccess;
import org.roadmapmonitor.reporting.ReportInbox;
import org.roadmapmonitor.reporting.ReportOpenings;
import org.roadmapmonitor.reporting.ReportService;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My reports": what waits for me; published reports for everyone; the secretariat's period board. */
@Controller
class InboxController {
    static final int PAGE = 50;

    private final ReportInbox inbox;
    private final ReportService reports;
    private final FrameworkCatalogue frameworks;
    private final ReportingCalendar calendar;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ReportOpenings openings;
    private final org.roadmapmonitor.jurisdiction.JurisdictionDirectory jurisdictions;

    InboxController(
            org.roadmapmonitor.jurisdiction.JurisdictionDirectory jurisdictions,
            ReportInbox inbox,
            ReportService reports,
            FrameworkCatalogue frameworks,
            ReportingCalendar calendar,
            Notifications notifications,
            MessageSource messages,
            ReportOpenings openings) {
        this.openings = openings;
        this.jurisdictions = jurisdictions;
        this.inbox = inbox;
        this.reports = reports;
        this.frameworks = frameworks;
        this.calendar = calendar;
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String reports(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var me = CurrentUser.get();
        if (me.isPresent()) {
            model.addAttribute("inbox", inbox.mine());
            var mine = me.get().isSecretariat()
                    ? jurisdictions.all().stream()
                            .filter(j -> j.kind() == org.roadmapmonitor.jurisdiction.Jurisdiction.Kind.JURISDICTION)
                            .map(org.roadmapmonitor.jurisdiction.Jurisdiction::code)
                            .toList()
                    : me.get().jurisdictions().stream()
                            .filter(ReportAccess::canEdit)
                            .toList();
            var memberOf = jurisdictions.memberships(mine).stream()
                    .map(org.roadmapmonitor.jurisdiction.Membership::framework)
                    .collect(java.util.stream.Collectors.toSet());
            model.addAttribute("startJurisdictions", mine);
            model.addAttribute(
                    "startFrameworks",
                    frameworks.list().stream()
                            .filter(f -> memberOf.contains(f.code()))
                            .toList());
            model.addAttribute("notifications", notifications.recent(me.get().id(), 8));
        }
        model.addAttribute("frameworks", frameworks.list());
        model.addAttribute("framework", framework);
        model.addAttribute("period", period);
        int current = Math.max(0, page);
        var published = reports.page(framework, period, ReportState.PUBLISHED, current, PAGE);
        model.addAttribute("publishedCount", published.total());
        model.addAttribute("publishedPage", current);
        model.addAttribute("publishedPages", Math.max(1, (published.total() + PAGE - 1) / PAGE));
        model.addAttribute("published", published.reports());
        return "reports/inbox";
    }

    @PostMapping("/reports")
    String start(
            @RequestParam String framework,
            @RequestParam String jurisdiction,
            @RequestParam String period,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var r = reports.create(framework, jurisdiction, period);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("report.started", null, locale));
            return "redirect:/reports/" + r.id();
        } catch (ReportService.ReportExistsException e) {
            return "redirect:/reports/" + e.existing().id();
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
            return "redirect:/reports";
        }
    }

    @PostMapping("/notifications/read")
    String read(RedirectAttributes redirect) {
        notifications.markAllRead(CurrentUser.require().id());
        return "redirect:/reports";
    }

    @GetMapping("/reports/board")
    String board(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String period,
            Model model) {
        CurrentUser.requireSecretariat();
        var list = frameworks.list();
        String fw = framework == null || framework.isBlank() ? "WB-SALW-ROADMAP" : framework;
        if (list.stream().noneMatch(f -> f.code().equals(fw))) {
            return "redirect:/reports/board?framework=" + list.get(0).code();
        }
        var periods = calendar.periods(fw);
        var today = java.time.LocalDate.now();
        // By default the newest period that is open or past: an upcoming one has nothing to review yet.
        String p = period == null || period.isBlank()
                ? periods.stream()
                        .filter(x -> x.stateOn(today) != org.roadmapmonitor.framework.ReportingPeriod.State.UPCOMING)
                        .findFirst()
                        .or(() -> periods.stream().findFirst())
                        .map(x -> x.period().code())
                        .orElse(String.valueOf(today.getYear()))
                : period;
        model.addAttribute("frameworks", list);
        model.addAttribute("periods", periods);
        model.addAttribute("board", inbox.board(fw, p));
        model.addAttribute(
                "footnotes",
                jurisdictions.footnotes(
                        jurisdictions.forFramework(fw),
                        jurisdictions.convention(Designations.Owner.FRAMEWORK, fw),
                        LocaleContextHolder.getLocale()));
        model.addAttribute("openedEarly", openings.openedEarly(fw, p));
        return "reports/board";
    }

    /** The secretariat opens a period early for one jurisdiction, saying why. */
    @PostMapping("/reports/board/openings")
    String openEarly(
            @RequestParam String framework,
            @RequestParam String period,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        var opened = openings.openEarly(framework, period, jurisdiction, reason);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.getMessage("opening.done", new Object[] {opened.period(), opened.jurisdiction()}, locale));
        return "redirect:/reports/board?framework=" + framework + "&period=" + opened.period();
    }
}
