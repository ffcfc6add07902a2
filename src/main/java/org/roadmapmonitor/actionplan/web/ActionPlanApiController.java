package org.roadmapmonitor.actionplan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.roadmapmonitor.actionplan.ActionPlan;
import org.roadmapmonitor.actionplan.ActionPlans;
import org.roadmapmonitor.actionplan.PlanInput;
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
@RequestMapping("/api/v1/action-plans")
@Tag(
        name = "Action plans",
        description = "National action plans: activities, national indicators and the regional KPIs they feed")
class ActionPlanApiController {
    private final ActionPlans plans;

    ActionPlanApiController(ActionPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(
            summary = "Action plans you may see (approved ones for everyone; drafts only within their jurisdiction),"
                    + " with their activities and national indicators")
    List<ActivityJson.Plan> list(
            @RequestParam(required = false) String framework, @RequestParam(required = false) String jurisdiction) {
        return plans.list(framework, jurisdiction).stream()
                .map(ActivityJson.Plan::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One action plan with its activities and national indicators")
    ActivityJson.Plan get(@PathVariable long id) {
        return ActivityJson.Plan.of(plans.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Start a jurisdiction's plan for a framework version {framework, version, jurisdiction, title,"
                    + " status: DRAFTING|DRAFTED|APPROVED, adoptedOn, genderNotes} (its editors and the secretariat)")
    ResponseEntity<ActivityJson.Plan> create(@RequestBody PlanInput body) {
        ActionPlan created = plans.create(body, false);
        return ResponseEntity.created(URI.create("/api/v1/action-plans/" + created.id()))
                .body(ActivityJson.Plan.of(plans.get(created.id())));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a plan's title, status, adoption date and gender notes")
    ActivityJson.Plan update(@PathVariable long id, @RequestBody PlanInput body) {
        plans.update(id, body);
        return ActivityJson.Plan.of(plans.get(id));
    }

    @PostMapping(path = "/{id}/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a national indicator {code, title, unit, feeds: [regional KPI codes]}")
    ResponseEntity<ActionPlan.NationalIndicator> addIndicator(
            @PathVariable long id, @RequestBody PlanInput.Indicator body) {
        var created = plans.addIndicator(id, body);
        return ResponseEntity.created(URI.create("/api/v1/action-plans/" + id)).body(created);
    }
}
