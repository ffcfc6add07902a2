package org.roadmapmonitor.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundSetup;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fund administrator sets up a fund, extends it and changes its fee rates through pages. */
@Controller
class FundSetupController {
    private final FundSetup setup;
    private final FundDirectory directory;
    private final FrameworkCatalogue frameworks;
    private final MessageSource messages;

    FundSetupController(
            FundSetup setup, FundDirectory directory, FrameworkCatalogue frameworks, MessageSource messages) {
        this.setup = setup;
        this.directory = directory;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    @GetMapping("/funds/new")
    String newFund(Model model) {
        FundAccess.requireSomeFundAdmin();
        return setupForm(model, new FundSetupForm());
    }

    @PostMapping("/funds")
    String create(@ModelAttribute("form") FundSetupForm form, Model model, RedirectAttributes redirect, Locale locale) {
        FundAccess.requireSomeFundAdmin();
        List<Problem> problems = new ArrayList<>();
        var request = form.toRequest(
                problems,
                text("fund.setup.percent.problem", locale),
                line -> messages.getMessage("fund.setup.organisations.problem", new Object[] {line}, locale));
        Fund fund;
        try {
            fund = setup.create(request, problems);
        } catch (InvalidException e) {
            model.addAttribute("formProblems", e.problems());
            return setupForm(model, form);
        } catch (ConflictException e) {
            model.addAttribute(
                    "formError", messages.getMessage("fund.setup.exists", new Object[] {request.code()}, locale));
            return setupForm(model, form);
        } catch (ForbiddenException e) {
            model.addAttribute(
                    "formError", messages.getMessage("fund.setup.notYours", new Object[] {request.code()}, locale));
            return setupForm(model, form);
        }
        redirect.addFlashAttribute(
                "flashSuccess", messages.getMessage("fund.setup.done", new Object[] {fund.code()}, locale));
        return "redirect:/funds/" + fund.code();
    }

    @GetMapping("/funds/{code}/extension")
    String extension(@PathVariable String code, Model model) {
        var fund = FundPages.common(directory, code, "status", model);
        FundAccess.requireAdmin(fund.code());
        return "fund/extension";
    }

    @PostMapping("/funds/{code}/extension")
    String extend(
            @PathVariable String code,
            @RequestParam(required = false) String endDate,
            @RequestParam(required = false) String decidedOn,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var fund = FundPages.common(directory, code, "status", model);
        FundAccess.requireAdmin(fund.code());
        List<Problem> problems = new ArrayList<>();
        LocalDate end = FundInputs.date(endDate, "endDate", problems);
        LocalDate decided = FundInputs.date(decidedOn, "decidedOn", problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidException("", problems);
            }
            setup.extend(fund.code(), end, decided, note);
        } catch (InvalidException e) {
            model.addAttribute("formProblems", e.problems());
            model.addAttribute("endDate", endDate);
            model.addAttribute("decidedOn", decidedOn);
            model.addAttribute("note", note);
            return "fund/extension";
        }
        redirect.addFlashAttribute(
                "flashSuccess", messages.getMessage("fund.extension.done", new Object[] {end}, locale));
        return "redirect:/funds/" + fund.code();
    }

    @GetMapping("/funds/{code}/rates")
    String rates(@PathVariable String code, Model model) {
        var fund = FundPages.common(directory, code, "status", model);
        FundAccess.requireAdmin(fund.code());
        model.addAttribute("feePercent", FundInputs.asPercent(fund.feeRate()));
        model.addAttribute("indirectPercent", FundInputs.asPercent(fund.indirectRate()));
        return "fund/rates";
    }

    @PostMapping("/funds/{code}/rates")
    String changeRates(
            @PathVariable String code,
            @RequestParam(required = false) String feePercent,
            @RequestParam(required = false) String indirectPercent,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var fund = FundPages.common(directory, code, "status", model);
        FundAccess.requireAdmin(fund.code());
        List<Problem> problems = new ArrayList<>();
        String problem = text("fund.setup.percent.problem", locale);
        BigDecimal fee = FundInputs.percent(feePercent, "feeRate", problem, problems);
        BigDecimal indirect = FundInputs.percent(indirectPercent, "indirectRate", problem, problems);
        if (fee == null && problems.stream().noneMatch(p -> p.path().equals("feeRate"))) {
            problems.add(Problem.at("feeRate", text("fund.rates.required", locale)));
        }
        if (indirect == null && problems.stream().noneMatch(p -> p.path().equals("indirectRate"))) {
            problems.add(Problem.at("indirectRate", text("fund.rates.required", locale)));
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidException("", problems);
            }
            setup.changeRates(fund.code(), fee, indirect);
        } catch (InvalidException e) {
            model.addAttribute("formProblems", e.problems());
            model.addAttribute("feePercent", feePercent);
            model.addAttribute("indirectPercent", indirectPercent);
            return "fund/rates";
        }
        redirect.addFlashAttribute("flashSuccess", text("fund.rates.done", locale));
        return "redirect:/funds/" + fund.code();
    }

    private String setupForm(Model model, FundSetupForm form) {
        model.addAttribute("form", form);
        model.addAttribute("frameworks", frameworks.list());
        return "fund/setup";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
