package org.roadmapmonitor.coordination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.coordination.ActionPoints;
import org.roadmapmonitor.coordination.MeetingDecision;
import org.roadmapmonitor.coordination.MeetingDecisions;
import org.roadmapmonitor.coordination.MeetingDocuments;
import org.roadmapmonitor.coordination.MeetingType;
import org.roadmapmonitor.coordination.Meetings;
import org.roadmapmonitor.coordination.Participation;
import org.roadmapmonitor.coordination.web.MeetingJson.ActionPointJson;
import org.roadmapmonitor.coordination.web.MeetingJson.DocumentJson;
import org.roadmapmonitor.coordination.web.MeetingJson.Output;
import org.roadmapmonitor.coordination.web.MeetingJson.ParticipationJson;
import org.roadmapmonitor.shared.Money;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Meetings, their decisions and action points, and participation by sex. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Coordination meetings, participants by sex, decisions and action points")
class MeetingApiController {
    private final Meetings meetings;
    private final MeetingDecisions decisions;
    private final ActionPoints actionPoints;
    private final MeetingDocuments documents;
    private final Participation participation;

    MeetingApiController(
            Meetings meetings,
            MeetingDecisions decisions,
            ActionPoints actionPoints,
            MeetingDocuments documents,
            Participation participation) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.actionPoints = actionPoints;
        this.documents = documents;
        this.participation = participation;
    }

    record PageJson(List<Output> meetings, long total, int page, int size) {}

    record YearJson(int year, ParticipationJson participation) {}

    @GetMapping
    @Operation(summary = "Meetings this caller may see, latest first (non-public ones only to their people)")
    PageJson list(
            @RequestParam(required = false) MeetingType type,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String fund,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var p = meetings.list(new Meetings.Query(type, jurisdiction, fund, from, to), page, size);
        return new PageJson(p.meetings().stream().map(Output::of).toList(), p.total(), p.page(), p.size());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Plan a meeting",
            description = "The secretariat plans regional meetings, annual meetings and workshops; a jurisdiction's"
                    + " editors and approvers its local coordination meetings; a fund's administrator its steering"
                    + " committee. Participants are replaced as a whole on PUT.")
    ResponseEntity<Output> plan(@RequestBody MeetingJson.Input body) {
        var m = meetings.plan(body.plan(), false);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + m.id())).body(Output.of(m));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A meeting with its participants, participation by sex, decisions, action points and documents")
    MeetingJson.Detail get(@PathVariable long id) {
        var m = meetings.get(id);
        return new MeetingJson.Detail(
                Output.of(m),
                decisions.list(id),
                actionPoints
                        .list(new ActionPoints.Query(id, null, null, false, null), 0, ActionPoints.MAX_PAGE)
                        .stream()
                        .map(ActionPointJson::of)
                        .toList(),
                documents.list(id).stream().map(d -> DocumentJson.of(id, d)).toList());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a meeting (its organisers)")
    Output update(@PathVariable long id, @RequestBody MeetingJson.Input body) {
        return Output.of(meetings.update(id, body.plan()));
    }

    @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record a decision of the meeting",
            description = "At a steering committee, `allocation` {proposal, outcome, amount (USD), reason} records"
                    + " the fund's decision on that proposal too, linked both ways.")
    ResponseEntity<MeetingDecision> decide(@PathVariable long id, @RequestBody MeetingJson.DecisionInput body) {
        var a = body.allocation();
        var saved = decisions.record(
                id,
                new MeetingDecisions.NewDecision(
                        body.text(),
                        a == null
                                ? null
                                : new MeetingDecisions.Allocation(
                                        a.proposal(),
                                        a.outcome(),
                                        a.amount() == null ? null : Money.of(a.amount(), "USD"),
                                        a.reason())));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(saved);
    }

    @PostMapping(path = "/{id}/action-points", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an action point {title, owner, organisation, due}; an owner's e-mail makes it theirs")
    ResponseEntity<ActionPointJson> addActionPoint(
            @PathVariable long id, @RequestBody MeetingJson.ActionPointInput body) {
        var saved = actionPoints.add(
                id, new ActionPoints.NewActionPoint(body.title(), body.owner(), body.organisation(), body.due()));
        return ResponseEntity.created(URI.create("/api/v1/action-points/" + saved.id()))
                .body(ActionPointJson.of(saved));
    }

    @GetMapping("/participation")
    @Operation(summary = "Participants by sex per year, over the meetings this caller may see")
    Map<String, Object> participation(
            @RequestParam(required = false) MeetingType type,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String fund,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var q = new Meetings.Query(type, jurisdiction, fund, from, to);
        return Map.of(
                "years",
                participation.byYear(q).entrySet().stream()
                        .map(e -> new YearJson(e.getKey(), ParticipationJson.of(e.getValue())))
                        .toList(),
                "total",
                ParticipationJson.of(participation.total(q)));
    }
}
