package org.roadmapmonitor.reporting.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.reporting.workflow.ReportState.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roadmapmonitor.reporting.workflow.Workflow.Context;
import org.roadmapmonitor.reporting.workflow.Workflow.Decision;

/** Every state × action × capacity, against a table written out by hand from the issue. */
class WorkflowTest {
    private static final Context PLAIN = new Context(false, false);

    /** Who may do what, from which state (independent of the target). */
    private static final Map<String, Set<Capacity>> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT/SUBMIT", EnumSet.of(Capacity.EDITOR, Capacity.SECRETARIAT)),
            Map.entry("RETURNED/SUBMIT", EnumSet.of(Capacity.EDITOR, Capacity.SECRETARIAT)),
            Map.entry("AWAITING_APPROVAL/APPROVE", EnumSet.of(Capacity.APPROVER)),
            Map.entry("AWAITING_APPROVAL/RETURN", EnumSet.of(Capacity.APPROVER)),
            Map.entry("SUBMITTED/RETURN", EnumSet.of(Capacity.SECRETARIAT)),
            Map.entry("RESUBMITTED/RETURN", EnumSet.of(Capacity.SECRETARIAT)),
            Map.entry("SUBMITTED/VALIDATE", EnumSet.of(Capacity.SECRETARIAT)),
            Map.entry("RESUBMITTED/VALIDATE", EnumSet.of(Capacity.SECRETARIAT)),
            Map.entry("VALIDATED/PUBLISH", EnumSet.of(Capacity.SECRETARIAT)),
            Map.entry("VALIDATED/REOPEN", EnumSet.of(Capacity.SECRETARIAT)),
            Map.entry("PUBLISHED/REOPEN", EnumSet.of(Capacity.SECRETARIAT)));

    static Stream<Arguments> everyCombination() {
        return Stream.of(ReportState.values())
                .flatMap(s -> Stream.of(ReportAction.values())
                        .flatMap(a -> Stream.of(Capacity.values()).map(c -> Arguments.of(s, a, c))));
    }

    @ParameterizedTest(name = "{2} does {1} on a {0} report")
    @MethodSource("everyCombination")
    void everyStateActionAndCapacityIsDecidedByTheTable(ReportState state, ReportAction action, Capacity who) {
        Decision d = Workflow.decide(state, action, EnumSet.of(who), PLAIN);
        Set<Capacity> allowed = ALLOWED.get(state + "/" + action);
        if (allowed == null) {
            assertThat(d).isInstanceOf(Decision.NotInThisState.class);
            assertThat(((Decision.NotInThisState) d).reason()).contains("cannot be");
        } else if (!allowed.contains(who)) {
            assertThat(d).isInstanceOf(Decision.NotYourRole.class);
            assertThat(((Decision.NotYourRole) d).reason()).startsWith("Only ");
        } else {
            assertThat(d).isInstanceOf(Decision.Allowed.class);
        }
    }

    @Test
    void theHappyPathWithoutApprovalGoesDraftSubmittedValidatedPublished() {
        assertThat(to(DRAFT, ReportAction.SUBMIT, Capacity.EDITOR, PLAIN)).isEqualTo(SUBMITTED);
        assertThat(to(SUBMITTED, ReportAction.VALIDATE, Capacity.SECRETARIAT, PLAIN))
                .isEqualTo(VALIDATED);
        assertThat(to(VALIDATED, ReportAction.PUBLISH, Capacity.SECRETARIAT, PLAIN))
                .isEqualTo(PUBLISHED);
    }

    @Test
    void aReturnedReportComesBackAsResubmitted() {
        assertThat(to(SUBMITTED, ReportAction.RETURN, Capacity.SECRETARIAT, PLAIN))
                .isEqualTo(RETURNED);
        assertThat(to(RETURNED, ReportAction.SUBMIT, Capacity.EDITOR, new Context(false, true)))
                .isEqualTo(RESUBMITTED);
        assertThat(to(RESUBMITTED, ReportAction.VALIDATE, Capacity.SECRETARIAT, PLAIN))
                .isEqualTo(VALIDATED);
    }

    @Test
    void whenTheFrameworkAsksForApprovalTheApproverSignsOffFirst() {
        var approval = new Context(true, false);
        assertThat(to(DRAFT, ReportAction.SUBMIT, Capacity.EDITOR, approval)).isEqualTo(AWAITING_APPROVAL);
        assertThat(to(AWAITING_APPROVAL, ReportAction.APPROVE, Capacity.APPROVER, approval))
                .isEqualTo(SUBMITTED);
        assertThat(to(AWAITING_APPROVAL, ReportAction.APPROVE, Capacity.APPROVER, new Context(true, true)))
                .isEqualTo(RESUBMITTED);
        assertThat(to(AWAITING_APPROVAL, ReportAction.RETURN, Capacity.APPROVER, approval))
                .isEqualTo(RETURNED);
    }

    @Test
    void theSecretariatReopensAValidatedOrPublishedReportAsADraft() {
        assertThat(to(PUBLISHED, ReportAction.REOPEN, Capacity.SECRETARIAT, PLAIN))
                .isEqualTo(DRAFT);
        assertThat(to(VALIDATED, ReportAction.REOPEN, Capacity.SECRETARIAT, PLAIN))
                .isEqualTo(DRAFT);
    }

    @Test
    void approvingAnApprovedReportIsRefusedByName() {
        Decision d = Workflow.decide(SUBMITTED, ReportAction.APPROVE, EnumSet.of(Capacity.APPROVER), PLAIN);
        assertThat(((Decision.NotInThisState) d).reason())
                .isEqualTo("A report that is submitted cannot be approved (it can be: return, validate).");
    }

    @Test
    void availableActionsFollowTheTable() {
        assertThat(Workflow.available(SUBMITTED, EnumSet.of(Capacity.SECRETARIAT)))
                .containsExactly(ReportAction.RETURN, ReportAction.VALIDATE);
        assertThat(Workflow.available(SUBMITTED, EnumSet.of(Capacity.EDITOR))).isEmpty();
    }

    private static ReportState to(ReportState from, ReportAction a, Capacity c, Context ctx) {
        return ((Decision.Allowed) Workflow.decide(from, a, EnumSet.of(c), ctx)).to();
    }
}
