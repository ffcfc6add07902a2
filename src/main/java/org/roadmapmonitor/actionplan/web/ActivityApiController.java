package org.roadmapmonitor.actionplan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.roadmapmonitor.actionplan.Activities;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/activities")
@Tag(
        name = "Activities",
        description = "Who does what where: partners' and action plans' activities per objective and jurisdiction")
class ActivityApiController {
    private final Activities activities;

    ActivityApiController(Activities activities) {
        this.activities = activities;
    }

    @GetMapping
    @Operation(
            summary = "Activities you may see, filtered (objective, jurisdiction, framework, version, organisation,"
                    + " status, fundingSource, kind: PLAN|PARTNER, period: running in it) and paged")
    ActivityJson.Page list(
            @RequestParam(required = false) String objective,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String fundingSource,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var q = new Activities.Query(
                framework, version, objective, jurisdiction, organisation, status, fundingSource, kind, period);
        return ActivityJson.Page.of(activities.list(q, page, size));
    }

    @GetMapping("/gaps")
    @Operation(
            summary = "Objectives × member jurisdictions of a framework version (latest by default) with how many"
                    + " activities support each; 0 is a gap. ?period= keeps activities running in it")
    ActivityJson.Gaps gaps(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String period) {
        return ActivityJson.Gaps.of(activities.gaps(framework, version, period));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One activity")
    ActivityJson.Item get(@PathVariable long id) {
        return ActivityJson.Item.of(activities.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record an activity {plan (absent for a partner's), framework, version, objective, jurisdiction,"
                    + " organisation, title, start, end, budget: {amount, currency}, funding: {source:"
                    + " NATIONAL|DONOR|TRUST_FUND|OTHER, funder, fund, project}, status}")
    ResponseEntity<ActivityJson.Item> create(@RequestBody ActivityJson.Request body) {
        var created = activities.create(body.input(), false);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + created.id()))
                .body(ActivityJson.Item.of(created));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an activity (its plan, framework and version stay)")
    ActivityJson.Item update(@PathVariable long id, @RequestBody ActivityJson.Request body) {
        return ActivityJson.Item.of(activities.update(id, body.input()));
    }
}
