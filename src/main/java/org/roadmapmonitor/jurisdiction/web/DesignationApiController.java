package org.roadmapmonitor.jurisdiction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which wording of the designation footnotes a framework or a fund prints (UN or EU). */
@RestController
@RequestMapping("/api/v1/designations/{owner:frameworks|funds}/{code}")
@Tag(name = "Jurisdictions")
class DesignationApiController {
    private final JurisdictionDirectory directory;

    DesignationApiController(JurisdictionDirectory directory) {
        this.directory = directory;
    }

    record Choice(String convention) {}

    @GetMapping
    @Operation(summary = "The wording of designation footnotes a framework or fund prints: UN (the default) or EU")
    Choice get(@PathVariable String owner, @PathVariable String code) {
        return new Choice(directory.convention(owner(owner), code).name());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Choose the wording of designation footnotes for a framework or fund: {convention: UN|EU}")
    Choice put(@PathVariable String owner, @PathVariable String code, @RequestBody Choice choice) {
        Designations.Convention convention;
        try {
            convention = Designations.Convention.valueOf(
                    choice.convention() == null
                            ? ""
                            : choice.convention().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidException("convention", "jurisdiction.problem.convention");
        }
        directory.chooseConvention(owner(owner), code, convention);
        return new Choice(convention.name());
    }

    private static Designations.Owner owner(String path) {
        return path.equals("funds") ? Designations.Owner.FUND : Designations.Owner.FRAMEWORK;
    }
}
