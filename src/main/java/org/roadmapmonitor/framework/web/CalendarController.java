package org.roadmapmonitor.framework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A framework's reporting calendar: which periods are open for reporting, when, and which are locked. */
@Controller
class CalendarController {
    private final FrameworkCatalogue catalogue;
    private final ReportingCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarController(FrameworkCatalogue catalogue, ReportingCalendar calendar, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/frameworks/{code}/calendar")
    String show(@PathVariable String code, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("summary", catalogue.summary(code));
        model.addAttribute("periods", calendar.periods(code));
        model.addAttribute("today", today);
        model.addAttribute("nextYear", today.getYear());
        return "frameworks/calendar";
    }

    @PostMapping("/frameworks/{code}/calendar")
    String set(
            @PathVariable String code,
            @RequestParam String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            @RequestParam(defaultValue = "false") boolean locked,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            calendar.set(code, period, opensOn, closesOn, locked);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        }
        return "redirect:/frameworks/" + code + "/calendar";
    }

    @PostMapping("/frameworks/{code}/calendar/year")
    String addYear(@PathVariable String code, @RequestParam int year, RedirectAttributes redirect, Locale locale) {
        calendar.addYear(code, year);
        redirect.addFlashAttribute(
                "flashSuccess", messages.getMessage("calendar.yearAdded", new Object[] {String.valueOf(year)}, locale));
        return "redirect:/frameworks/" + code + "/calendar";
    }

    @PostMapping("/frameworks/{code}/calendar/{period}/delete")
    String remove(@PathVariable String code, @PathVariable String period, RedirectAttributes redirect, Locale locale) {
        calendar.remove(code, period);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.deleted", new Object[] {period}, locale));
        return "redirect:/frameworks/" + code + "/calendar";
    }
}
