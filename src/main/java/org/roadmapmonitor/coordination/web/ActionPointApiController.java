package org.roadmapmonitor.coordination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.coordination.ActionPoint;
import org.roadmapmonitor.coordination.ActionPoints;
import org.roadmapmonitor.coordination.web.MeetingJson.ActionPointJson;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action points across meetings: what is overdue, per owner and per jurisdiction, and their follow-up. */
@RestController
@RequestMapping("/api/v1/action-points")
@Tag(name = "Meetings")
class ActionPointApiController {
    private final ActionPoints actionPoints;

    ActionPointApiController(ActionPoints actionPoints) {
        this.actionPoints = actionPoints;
    }

    @GetMapping
    @Operation(
            summary = "Action points of the meetings this caller may see, and their own",
            description = "`overdue=true`: open and past due; `jurisdiction`: a code, or REGIONAL for meetings"
                    + " without one; `mine=true`: the caller's own (signed in).")
    List<ActionPointJson> list(
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) ActionPoint.Status status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return actionPoints.list(new ActionPoints.Query(null, overdue, jurisdiction, mine, status), page, size).stream()
                .map(ActionPointJson::of)
                .toList();
    }

    @GetMapping("/overdue")
    @Operation(summary = "Open action points past their due date, counted per owner and per jurisdiction")
    Map<String, Object> overdue() {
        return Map.of(
                "perOwner", actionPoints.overduePerOwner(),
                "perJurisdiction", actionPoints.overduePerJurisdiction());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One action point")
    ActionPointJson get(@PathVariable long id) {
        return ActionPointJson.of(actionPoints.get(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Follow an action point up {status, meeting, note}: its meeting's organisers or its owner")
    ActionPointJson follow(@PathVariable long id, @RequestBody MeetingJson.FollowUpInput body) {
        return ActionPointJson.of(actionPoints.follow(id, body.status(), body.meeting(), body.note()));
    }
}
