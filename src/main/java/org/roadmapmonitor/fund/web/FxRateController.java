package org.roadmapmonitor.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FxRates;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.fund.internal.FundRepository;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The USD rates a fund's deposits use: listed, and imported as CSV by the administrative agent. */
@Controller
class FxRateController {
    private final FxRates rates;
    private final FundDirectory directory;
    private final MessageSource messages;

    FxRateController(FxRates rates, FundDirectory directory, MessageSource messages) {
        this.rates = rates;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/funds/{code}/fx-rates")
    String page(@PathVariable String code, Model model) {
        FundPages.common(directory, code, "fx", model);
        model.addAttribute("rates", rates.recent(code, 200));
        model.addAttribute("showsWho", FundAccess.isParticipant(code));
        model.addAttribute("columns", FxRates.COLUMNS);
        return "fund/fx-rates";
    }

    @PostMapping("/funds/{code}/fx-rates")
    String importPage(
            @PathVariable String code,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        String csv = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        try {
            int n = rates.importCsv(code, csv);
            redirect.addFlashAttribute(
                    "flashSuccess", messages.getMessage("fund.fx.imported", new Object[] {String.valueOf(n)}, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        }
        return "redirect:/funds/" + code + "/fx-rates";
    }

    @GetMapping("/api/v1/funds/{code}/fx-rates")
    @ResponseBody
    @Operation(summary = "The most recent USD rates by currency and date")
    List<FundRepository.FxRate> list(@PathVariable String code) {
        directory.require(code);
        return rates.recent(code, 500);
    }

    @PostMapping(
            path = "/api/v1/funds/{code}/fx-rates",
            consumes = {"text/csv", "text/plain"})
    @ResponseBody
    @Operation(summary = "Import USD rates as CSV (currency,date,usdRate); all or nothing, every problem listed")
    ResponseEntity<Map<String, Integer>> importApi(@PathVariable String code, @RequestBody String csv) {
        return ResponseEntity.ok(Map.of("imported", rates.importCsv(code, csv)));
    }
}
