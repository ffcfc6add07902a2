package org.roadmapmonitor.jurisdiction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.jurisdiction.Membership;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jurisdictions")
@Tag(name = "Jurisdictions", description = "Regions, jurisdictions and sub-units, and their framework memberships")
class JurisdictionApiController {
    private final JurisdictionDirectory directory;

    JurisdictionApiController(JurisdictionDirectory directory) {
        this.directory = directory;
    }

    record JurisdictionItem(
            String code,
            String name,
            String shortName,
            Jurisdiction.Kind kind,
            String parent,
            String path,
            String isoCode,
            String capital,
            String footnote,
            Map<Designations.Convention, Map<String, String>> footnotes,
            Boolean unMember,
            List<MembershipItem> memberships) {}

    record MembershipItem(String framework, Membership.Role role) {}

    @GetMapping
    @Operation(summary = "Jurisdictions in tree order; with ?framework= only that framework's members and partners")
    List<JurisdictionItem> list(@RequestParam(required = false) String framework) {
        if (framework != null && !framework.isBlank() && !directory.frameworkExists(framework.trim())) {
            throw new NotFoundException("framework.noFramework", framework.trim());
        }
        List<Jurisdiction> list =
                framework == null || framework.isBlank() ? directory.all() : directory.forFramework(framework.trim());
        var texts = directory.footnoteTexts();
        Set<String> members = directory.unMemberCodes();
        return list.stream().map(j -> item(j, texts, members)).toList();
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "One jurisdiction with its memberships, its footnote in each wording (UN, EU) and language,"
                    + " and whether it is a UN Member State")
    JurisdictionItem one(@PathVariable String code) {
        return item(directory.require(code), directory.footnoteTexts(), directory.unMemberCodes());
    }

    /** UN membership is marked on jurisdictions only; a sub-unit is shown as its parent is, a region as null. */
    private JurisdictionItem item(
            Jurisdiction j, Map<String, Map<Designations.Convention, Map<String, String>>> texts, Set<String> members) {
        Boolean unMember = switch (j.kind()) {
            case REGION -> null;
            case JURISDICTION -> members.contains(j.code());
            case SUB_UNIT -> members.contains(j.parent());
        };
        return new JurisdictionItem(
                j.code(),
                j.name(),
                j.shortName(),
                j.kind(),
                j.parent(),
                j.path(),
                j.isoCode(),
                j.capital(),
                j.footnote(),
                texts.getOrDefault(j.code(), Map.of()),
                unMember,
                directory.memberships(j.code()).stream()
                        .map(m -> new MembershipItem(m.framework(), m.role()))
                        .toList());
    }
}
