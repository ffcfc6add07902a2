package org.roadmapmonitor.framework.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkSummary;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** Browsing frameworks: the list, one version with its objectives and indicators, one indicator, export. */
@Controller
class FrameworkController {
    private final FrameworkCatalogue catalogue;
    private final JurisdictionDirectory jurisdictions;
    private final JsonMapper json;

    FrameworkController(FrameworkCatalogue catalogue, JurisdictionDirectory jurisdictions, JsonMapper json) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.json = json;
    }

    @GetMapping("/frameworks")
    String list(Model model) {
        model.addAttribute("frameworks", catalogue.list());
        return "frameworks/list";
    }

    @GetMapping("/frameworks/{code}")
    String latest(@PathVariable String code, Model model) {
        FrameworkSummary summary = catalogue.summary(code);
        if (summary.latest() == null) {
            throw new NotFoundException("framework.noVersionYet", code);
        }
        return show(summary, summary.latest().version(), model);
    }

    @GetMapping("/frameworks/{code}/versions/{version}")
    String version(@PathVariable String code, @PathVariable String version, Model model) {
        return show(catalogue.summary(code), version, model);
    }

    private String show(FrameworkSummary summary, String version, Model model) {
        FrameworkDocument doc = catalogue.document(summary.code(), version);
        List<Jurisdiction> members = jurisdictions.forFramework(summary.code());
        model.addAttribute("summary", summary);
        model.addAttribute("doc", doc);
        model.addAttribute("revision", catalogue.revision(summary.code(), version));
        model.addAttribute("members", members);
        model.addAttribute(
                "memberRoles",
                jurisdictions.membershipsOfFramework(summary.code()).stream()
                        .collect(Collectors.toMap(
                                m -> m.jurisdiction(), m -> m.role().name())));
        model.addAttribute(
                "region",
                doc.region() == null ? null : jurisdictions.find(doc.region()).orElse(null));
        model.addAttribute("footnotes", footnotes(summary.code(), members));
        model.addAttribute("breakdowns", breakdowns(doc));
        return "frameworks/show";
    }

    @GetMapping("/frameworks/{code}/versions/{version}/indicators/{indicator}")
    String indicator(
            @PathVariable String code, @PathVariable String version, @PathVariable String indicator, Model model) {
        FrameworkDocument doc = catalogue.document(code, version);
        var ind = doc.indicator(indicator)
                .orElseThrow(() -> new NotFoundException("framework.noIndicatorIn", code, version, indicator));
        Map<String, Jurisdiction> byCode =
                jurisdictions.all().stream().collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
        model.addAttribute("summary", catalogue.summary(code));
        model.addAttribute("doc", doc);
        model.addAttribute("objective", doc.objectiveOf(indicator).orElseThrow());
        model.addAttribute("ind", ind);
        model.addAttribute("jurisdictions", byCode);
        model.addAttribute("linksTo", catalogue.linksTo(code, version, indicator));
        model.addAttribute(
                "dimensions",
                doc.dimensions().stream()
                        .filter(d -> ind.disaggregations().contains(d.code()))
                        .toList());
        var shown = ind.baselines().stream().map(b -> byCode.get(b.jurisdiction()));
        var shownTargets = ind.targets().stream().map(t -> byCode.get(t.jurisdiction()));
        model.addAttribute(
                "footnotes",
                footnotes(
                        code,
                        java.util.stream.Stream.concat(shown, shownTargets).toList()));
        return "frameworks/indicator";
    }

    @GetMapping("/frameworks/{code}/versions/{version}/export")
    ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable String version) {
        FrameworkDocument doc = catalogue.document(code, version);
        byte[] body =
                json.writerWithDefaultPrettyPrinter().writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(code.toLowerCase() + "-" + version + ".json")
                                .build()
                                .toString())
                .body(body);
    }

    /** For each indicator, the names of its disaggregation dimensions, e.g. "sex, age group". */
    static Map<String, String> breakdowns(FrameworkDocument doc) {
        Map<String, String> names = doc.dimensions().stream()
                .collect(Collectors.toMap(
                        FrameworkDocument.Dimension::code, d -> d.name().toLowerCase()));
        return doc.indicators()
                .collect(Collectors.toMap(
                        FrameworkDocument.Indicator::code,
                        i -> String.join(
                                ", ",
                                i.disaggregations().stream()
                                        .map(c -> names.getOrDefault(c, c))
                                        .toList())));
    }

    /** The footnotes of the jurisdictions shown, in the wording this framework chose, in the reader's language. */
    private List<Designations.Footnote> footnotes(String frameworkCode, List<Jurisdiction> shown) {
        return jurisdictions.footnotes(
                shown,
                jurisdictions.convention(Designations.Owner.FRAMEWORK, frameworkCode),
                LocaleContextHolder.getLocale());
    }
}
