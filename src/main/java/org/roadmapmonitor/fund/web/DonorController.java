package org.roadmapmonitor.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.fund.FundSetup;
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

/** Donors with what they gave and what it funded; agreements and pledges; adding them. */
@Controller
class DonorController {
    private final FundDirectory directory;
    private final FundLedger ledger;
    private final FundReports reports;
    private final FundSetup setup;
    private final MessageSource messages;

    DonorController(
            FundDirectory directory, FundLedger ledger, FundReports reports, FundSetup setup, MessageSource messages) {
        this.directory = directory;
        this.ledger = ledger;
        this.reports = reports;
        this.setup = setup;
        this.messages = messages;
    }

    @GetMapping("/funds/{code}/donors")
    String donors(@PathVariable String code, Model model) {
        var fund = FundPages.common(directory, code, "donors", model);
        model.addAttribute("donors", directory.donors(fund.code()));
        model.addAttribute("given", ledger.contributionsByDonor(fund.code(), null));
        model.addAttribute(
                "funded",
                reports.attributions(fund.code(), null).stream()
                        .collect(Collectors.groupingBy(
                                FundReports.Attribution::donor,
                                Collectors.reducing(Money.zero("USD"), FundReports.Attribution::usd, Money::plus))));
        model.addAttribute("agreements", directory.agreements(fund.code()));
        model.addAttribute("pledges", directory.pledges(fund.code()));
        model.addAttribute(
                "deposits",
                ledger.entriesNewestFirst(fund.code()).stream()
                        .filter(e -> e.type() == org.roadmapmonitor.fund.ledger.EntryType.CONTRIBUTION)
                        .toList());
        return "fund/donors";
    }

    @PostMapping("/funds/{code}/donors")
    String addDonor(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        return attempt(
                code,
                redirect,
                locale,
                () -> setup.addDonor(
                        code,
                        new Fund.Donor(
                                upper(form.get("code")),
                                form.get("name"),
                                "on".equals(form.get("exOfficio")),
                                blank(form.get("iatiRef")))));
    }

    @PostMapping("/funds/{code}/agreements")
    String addAgreement(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        return attempt(
                code,
                redirect,
                locale,
                () -> setup.addAgreement(
                        code,
                        form.get("donor"),
                        form.get("reference"),
                        date(form.get("signedOn"), "signedOn"),
                        money(form)));
    }

    @PostMapping("/funds/{code}/pledges")
    String addPledge(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        return attempt(
                code,
                redirect,
                locale,
                () -> setup.addPledge(
                        code, form.get("donor"), null, date(form.get("pledgedOn"), "pledgedOn"), money(form)));
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
        return "redirect:/funds/" + code + "/donors";
    }

    private static Money money(Map<String, String> form) {
        try {
            return Money.of(new BigDecimal(form.getOrDefault("amount", "").strip()), upper(form.get("currency")));
        } catch (RuntimeException e) {
            throw new InvalidException("amount", "fund.problem.amountAndCurrency");
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

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
