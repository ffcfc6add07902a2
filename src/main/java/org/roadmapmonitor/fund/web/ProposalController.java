package org.roadmapmonitor.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.fund.CallForProposals;
import org.roadmapmonitor.fund.Decision;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.Grants;
import org.roadmapmonitor.fund.Proposal;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Calls for proposals, proposals and the steering committee's decisions on them. */
@Controller
class ProposalController {
    private final FundDirectory directory;
    private final Grants grants;
    private final MessageSource messages;

    ProposalController(FundDirectory directory, Grants grants, MessageSource messages) {
        this.directory = directory;
        this.grants = grants;
        this.messages = messages;
    }

    @GetMapping("/funds/{code}/proposals")
    String list(@PathVariable String code, Model model) {
        var fund = FundPages.common(directory, code, "proposals", model);
        model.addAttribute("calls", directory.calls(fund.code()));
        model.addAttribute("proposals", directory.proposals(fund.code()));
        model.addAttribute("decisions", directory.decisions(fund.code()));
        model.addAttribute("seesAllProposals", directory.seesAllProposals(fund.code()));
        model.addAttribute("organisations", directory.participatingOrganisations(fund.code()));
        model.addAttribute("outcomes", Decision.Outcome.values());
        return "fund/proposals";
    }

    @PostMapping("/funds/{code}/calls")
    String openCall(@PathVariable String code, @RequestParam Map<String, String> f, RedirectAttributes r, Locale l) {
        return attempt(
                code,
                r,
                l,
                () -> grants.openCall(
                        code,
                        new CallForProposals(
                                0,
                                integer(f.get("number"), "number"),
                                f.get("title"),
                                date(f.get("opensOn"), "opensOn"),
                                date(f.get("closesOn"), "closesOn"),
                                f.get("eligible"))));
    }

    @PostMapping("/funds/{code}/proposals")
    String submit(@PathVariable String code, @RequestParam Map<String, String> f, RedirectAttributes r, Locale l) {
        return attempt(code, r, l, () -> {
            List<Proposal.BudgetLine> lines = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String amount = f.get("line" + i + "Amount");
                if (amount != null && !amount.isBlank()) {
                    lines.add(new Proposal.BudgetLine(f.getOrDefault("line" + i + "Text", ""), usd(amount, "budget")));
                }
            }
            grants.submit(
                    code,
                    new Proposal(
                            0,
                            upper(f.get("code")),
                            f.get("title"),
                            f.get("organisation"),
                            f.get("office"),
                            f.get("call") == null || f.get("call").isBlank() ? null : integer(f.get("call"), "call"),
                            f.get("summary"),
                            null,
                            null,
                            Proposal.State.SUBMITTED,
                            lines,
                            new Proposal.Targets(
                                    codes(f.get("objectives")),
                                    codes(f.get("indicators")),
                                    codes(f.get("jurisdictions")))),
                    false);
        });
    }

    @PostMapping("/funds/{code}/decisions")
    String decide(@PathVariable String code, @RequestParam Map<String, String> f, RedirectAttributes r, Locale l) {
        return attempt(code, r, l, () -> {
            Decision.Outcome outcome;
            try {
                outcome = Decision.Outcome.valueOf(f.getOrDefault("outcome", ""));
            } catch (IllegalArgumentException e) {
                throw new InvalidException("outcome", "fund.problem.chooseOutcome");
            }
            String amount = f.get("amount");
            grants.decide(
                    code,
                    new Decision(
                            0,
                            f.get("proposal"),
                            f.get("meeting"),
                            date(f.get("decidedOn"), "decidedOn"),
                            outcome,
                            amount == null || amount.isBlank() ? null : usd(amount, "amount"),
                            f.get("reason")));
        });
    }

    private String attempt(String code, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/funds/" + code + "/proposals";
    }

    private static List<String> codes(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .map(String::strip)
                        .toList();
    }

    private static Money usd(String text, String field) {
        try {
            return Money.of(new BigDecimal(text.strip()), "USD");
        } catch (RuntimeException e) {
            throw new InvalidException(field, "fund.problem.usdAmount", text);
        }
    }

    private static int integer(String text, String field) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidException(field, "problem.wholeNumber");
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidException(field, "problem.notADate", text);
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
