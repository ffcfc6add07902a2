package org.roadmapmonitor.reporting.workflow;

import static org.roadmapmonitor.reporting.workflow.Capacity.APPROVER;
import static org.roadmapmonitor.reporting.workflow.Capacity.EDITOR;
import static org.roadmapmonitor.reporting.workflow.Capacity.SECRETARIAT;
import static org.roadmapmonitor.reporting.workflow.ReportAction.APPROVE;
import static org.roadmapmonitor.reporting.workflow.ReportAction.PUBLISH;
import static org.roadmapmonitor.reporting.workflow.ReportAction.REOPEN;
import static org.roadmapmonitor.reporting.workflow.ReportAction.RETURN;
import static org.roadmapmonitor.reporting.workflow.ReportAction.SUBMIT;
import static org.roadmapmonitor.reporting.workflow.ReportAction.VALIDATE;
import static org.roadmapmonitor.reporting.workflow.ReportState.AWAITING_APPROVAL;
import static org.roadmapmonitor.reporting.workflow.ReportState.DRAFT;
import static org.roadmapmonitor.reporting.workflow.ReportState.PUBLISHED;
import static org.roadmapmonitor.reporting.workflow.ReportState.RESUBMITTED;
import static org.roadmapmonitor.reporting.workflow.ReportState.RETURNED;
import static org.roadmapmonitor.reporting.workflow.ReportState.SUBMITTED;
import static org.roadmapmonitor.reporting.workflow.ReportState.VALIDATED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The report workflow as one transition table: draft → submitted → (returned ↔ resubmitted) → validated →
 * published, with the jurisdiction's approval in between when the framework asks for it, and a reopen by
 * the secretariat. Plain Java: no Spring, no SQL.
 */
public final class Workflow {

    /** One row of the table. {@code to} may depend on the framework and the report's past; see {@link #target}. */
    record Rule(ReportState from, ReportAction action, Set<Capacity> who) {}

    static final List<Rule> TABLE = List.of(
            new Rule(DRAFT, SUBMIT, EnumSet.of(EDITOR, SECRETARIAT)),
            new Rule(RETURNED, SUBMIT, EnumSet.of(EDITOR, SECRETARIAT)),
            new Rule(AWAITING_APPROVAL, APPROVE, EnumSet.of(APPROVER)),
            new Rule(AWAITING_APPROVAL, RETURN, EnumSet.of(APPROVER)),
            new Rule(SUBMITTED, RETURN, EnumSet.of(SECRETARIAT)),
            new Rule(RESUBMITTED, RETURN, EnumSet.of(SECRETARIAT)),
            new Rule(SUBMITTED, VALIDATE, EnumSet.of(SECRETARIAT)),
            new Rule(RESUBMITTED, VALIDATE, EnumSet.of(SECRETARIAT)),
            new Rule(VALIDATED, PUBLISH, EnumSet.of(SECRETARIAT)),
            new Rule(VALIDATED, REOPEN, EnumSet.of(SECRETARIAT)),
            new Rule(PUBLISHED, REOPEN, EnumSet.of(SECRETARIAT)));

    /**
     * The facts about a report that decide where an action leads.
     *
     * @param approvalRequired the framework asks the jurisdiction's approver to sign off
     * @param reachedSecretariatBefore the report was with the secretariat before (so it comes back as resubmitted)
     */
    public record Context(boolean approvalRequired, boolean reachedSecretariatBefore) {}

    /** The result of asking: allowed, with the new state, or refused, with the reason. */
    public sealed interface Decision {
        record Allowed(ReportState to) implements Decision {}

        record NotInThisState(String reason) implements Decision {}

        record NotYourRole(String reason) implements Decision {}
    }

    private Workflow() {}

    public static Decision decide(ReportState from, ReportAction action, Set<Capacity> capacities, Context context) {
        Optional<Rule> rule = TABLE.stream()
                .filter(r -> r.from() == from && r.action() == action)
                .findFirst();
        if (rule.isEmpty()) {
            return new Decision.NotInThisState(
                    "A report that is " + label(from) + " cannot be " + done(action) + allowedHint(from) + ".");
        }
        if (capacities.stream().noneMatch(rule.get().who()::contains)) {
            return new Decision.NotYourRole("Only " + who(rule.get().who()) + " can "
                    + action.name().toLowerCase() + " a report that is " + label(from) + ".");
        }
        return new Decision.Allowed(target(from, action, context));
    }

    /** The actions someone in these capacities may take on a report in this state. */
    public static List<ReportAction> available(ReportState from, Set<Capacity> capacities) {
        return TABLE.stream()
                .filter(r -> r.from() == from && capacities.stream().anyMatch(r.who()::contains))
                .map(Rule::action)
                .toList();
    }

    static ReportState target(ReportState from, ReportAction action, Context context) {
        ReportState toSecretariat = context.reachedSecretariatBefore() ? RESUBMITTED : SUBMITTED;
        return switch (action) {
            case SUBMIT -> context.approvalRequired() ? AWAITING_APPROVAL : toSecretariat;
            case APPROVE -> toSecretariat;
            case RETURN -> RETURNED;
            case VALIDATE -> VALIDATED;
            case PUBLISH -> PUBLISHED;
            case REOPEN -> DRAFT;
        };
    }

    private static String allowedHint(ReportState from) {
        var actions = TABLE.stream()
                .filter(r -> r.from() == from)
                .map(r -> r.action().name().toLowerCase())
                .distinct()
                .toList();
        return actions.isEmpty() ? "" : " (it can be: " + String.join(", ", actions) + ")";
    }

    static String label(ReportState s) {
        return s.name().toLowerCase().replace('_', ' ');
    }

    private static String done(ReportAction a) {
        return switch (a) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case RETURN -> "returned";
            case VALIDATE -> "validated";
            case PUBLISH -> "published";
            case REOPEN -> "reopened";
        };
    }

    private static String who(Set<Capacity> capacities) {
        return String.join(
                " or ",
                capacities.stream()
                        .map(c -> switch (c) {
                            case EDITOR -> "the jurisdiction's editor";
                            case APPROVER -> "the jurisdiction's approver";
                            case SECRETARIAT -> "the secretariat";
                        })
                        .toList());
    }
}
