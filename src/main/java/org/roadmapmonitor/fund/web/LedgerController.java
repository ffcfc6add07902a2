package org.roadmapmonitor.fund.web;

import java.time.LocalDate;
import java.util.Locale;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.shared.ConflictException;
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

/** The ledger page: every entry with its links, a reversal per entry, and closing the books. */
@Controller
class LedgerController {
    private final FundDirectory directory;
    private final FundLedger ledger;
    private final MessageSource messages;

    LedgerController(FundDirectory directory, FundLedger ledger, MessageSource messages) {
        this.directory = directory;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/funds/{code}/ledger")
    String entries(@PathVariable String code, Model model) {
        var fund = FundPages.common(directory, code, "ledger", model);
        model.addAttribute("entries", ledger.entriesNewestFirst(fund.code()));
        model.addAttribute("reversals", ledger.reversals(fund.code()));
        model.addAttribute("rateSources", ledger.rateSources(fund.code()));
        model.addAttribute("today", ledger.today());
        return "fund/ledger";
    }

    @PostMapping("/funds/{code}/ledger/{entryId}/reversal")
    String reverse(
            @PathVariable String code,
            @PathVariable long entryId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var written = ledger.reverse(code, entryId, date, reason);
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.getMessage(
                            "fund.ledger.reversed",
                            new Object[] {entryId, written.get(0).id()},
                            locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/funds/" + code + "/ledger#entry-" + entryId;
    }

    @PostMapping("/funds/{code}/closed-through")
    String close(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ledger.closeBooks(code, through);
            redirect.addFlashAttribute(
                    "flashSuccess", messages.getMessage("fund.ledger.closed", new Object[] {through}, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        }
        return "redirect:/funds/" + code + "/ledger";
    }
}
