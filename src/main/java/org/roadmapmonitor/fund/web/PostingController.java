package org.roadmapmonitor.fund.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.PostingKind;
import org.roadmapmonitor.fund.PostingRequest;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One form per kind of money movement: deposits, transfers, refunds, expenditure, interest, costs. */
@Controller
class PostingController {
    private static final String PATH = "/funds/{code}/post/{kind}";

    private final FundDirectory directory;
    private final FundLedger ledger;
    private final MessageSource messages;

    PostingController(FundDirectory directory, FundLedger ledger, MessageSource messages) {
        this.directory = directory;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable String code, @PathVariable String kind, Model model) {
        PostingKind k = kind(kind);
        FundAccess.requirePosterFor(directory.require(code).code());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", ledger.today().toString());
        values.put("currency", k == PostingKind.DEPOSIT ? "EUR" : "USD");
        values.put("year", String.valueOf(ledger.today().getYear() - 1));
        values.put("kind", "FINAL");
        return page(code, k, values, model);
    }

    @PostMapping(PATH)
    String record(
            @PathVariable String code,
            @PathVariable String kind,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        PostingKind k = kind(kind);
        Map<String, String> values = new LinkedHashMap<>();
        k.fields().forEach(f -> values.put(f, form.get(f)));
        try {
            var written = ledger.record(code, k, PostingRequest.of(values));
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.getMessage(
                            "fund.posting.recorded",
                            new Object[] {
                                written.get(0).id(), written.get(0).usd().plain()
                            },
                            locale));
            return "redirect:/funds/" + code;
        } catch (InvalidException e) {
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("formProblems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("formError", e.getMessage());
        }
        return page(code, k, values, model);
    }

    private String page(String code, PostingKind kind, Map<String, String> values, Model model) {
        var fund = FundPages.common(directory, code, "post", model);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", PostingKind.values());
        model.addAttribute("values", values);
        model.addAttribute("donors", directory.donors(fund.code()));
        model.addAttribute("projects", directory.projects(fund.code()));
        model.addAttribute("organisations", directory.participatingOrganisations(fund.code()));
        return "fund/posting";
    }

    private static PostingKind kind(String path) {
        return PostingKind.byPath(path).orElseThrow(() -> new NotFoundException("fund.noPostingKind", path));
    }
}
