package org.roadmapmonitor.reporting;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.reporting.workflow.Capacity;
import org.roadmapmonitor.reporting.workflow.ReportState;

/**
 * Who may see and act on a jurisdiction's reports. Drafts never leave their jurisdiction and the
 * secretariat; published reports are public.
 */
public final class ReportAccess {
    private ReportAccess() {}

    public static Set<Capacity> capacities(Optional<RoadmapUser> user, String jurisdiction) {
        var set = EnumSet.noneOf(Capacity.class);
        user.ifPresent(u -> {
            if (u.isSecretariat()) {
                set.add(Capacity.SECRETARIAT);
            }
            if (u.has(Role.JURISDICTION_EDITOR, jurisdiction)) {
                set.add(Capacity.EDITOR);
            }
            if (u.has(Role.JURISDICTION_APPROVER, jurisdiction)) {
                set.add(Capacity.APPROVER);
            }
        });
        return set;
    }

    public static Set<Capacity> mine(String jurisdiction) {
        return capacities(CurrentUser.get(), jurisdiction);
    }

    public static boolean canSee(ProgressReport r) {
        return r.state() == ReportState.PUBLISHED || !mine(r.jurisdiction()).isEmpty();
    }

    /** Evidence may hold personal data (case files, names): only the jurisdiction and the secretariat see it. */
    public static boolean canSeeEvidence(ProgressReport r) {
        return !mine(r.jurisdiction()).isEmpty();
    }

    /**
     * Whether these capacities may change a report's values, narratives and evidence in this state: its
     * editors while it is open; the secretariat only while it is a draft, since a returned report is back with
     * its jurisdiction for correction. Pages offer Save and Upload by this same rule.
     */
    public static boolean canChange(ReportState state, Set<Capacity> capacities) {
        if (!state.open()) {
            return false;
        }
        return capacities.contains(Capacity.EDITOR)
                || (capacities.contains(Capacity.SECRETARIAT) && state == ReportState.DRAFT);
    }

    public static boolean canChange(ProgressReport r) {
        return canChange(r.state(), mine(r.jurisdiction()));
    }

    public static boolean canEdit(String jurisdiction) {
        var c = mine(jurisdiction);
        return c.contains(Capacity.EDITOR) || c.contains(Capacity.SECRETARIAT);
    }
}
