package org.roadmapmonitor.fund.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.fund.ledger.EntryType;
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

    static final int PAGE = 50;

    @GetMapping("/funds/{code}/ledger")
    String entries(@PathVariable String code, LedgerFilter filter, Model model) {
        var fund = FundPages.common(directory, code, "ledger", model);
        var page = ledger.entries(fund.code(), filter.query(), filter.pageOrFirst(), PAGE);
        model.addAttribute("page", page);
        model.addAttribute("entries", page.entries());
        model.addAttribute("reversals", page.reversals());
        model.addAttribute("filter", filter);
        model.addAttribute("types", EntryType.values());
        model.addAttribute("rateSources", ledger.rateSources(fund.code()));
        model.addAttribute("showsWho", FundAccess.isParticipant(fund.code()));
        model.addAttribute("today", ledger.today());
        return "fund/ledger";
    }

    /** The filtered ledger as CSV or Excel, streamed as it is read. */
    @GetMapping({"/funds/{code}/ledger.csv", "/funds/{code}/ledger.xlsx"})
    void export(@PathVariable String code, LedgerFilter filter, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        var fund = directory.require(code);
        var query = filter.query();
        boolean xlsx = req.getRequestURI().endsWith(".xlsx");
        res.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        res.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + fund.code() + "-ledger." + (xlsx ? "xlsx" : "csv") + "\"");
        try (var sink = xlsx ? LedgerExport.xlsx(res.getOutputStream()) : LedgerExport.csv(res.getOutputStream())) {
            ledger.export(fund.code(), query, sink);
        }
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
