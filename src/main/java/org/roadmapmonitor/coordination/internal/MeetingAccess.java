package org.roadmapmonitor.coordination.internal;

import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.coordination.MeetingType;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.SystemActor;

/**
 * Who may plan a meeting and who sees one. The secretariat plans regional meetings, annual meetings and
 * workshops, and acts for every jurisdiction; a jurisdiction's editors and approvers plan its local meetings;
 * a fund's administrator plans its steering committee. A meeting that is not public is seen by the
 * secretariat, its jurisdiction's or fund's people, and (when it belongs to neither) every jurisdiction's.
 */
public final class MeetingAccess {
    private MeetingAccess() {}

    /** The caller's view, as bound parameters of {@link #VISIBLE}. */
    public record Viewer(boolean all, String[] jurisdictions, String[] funds, boolean anyJurisdiction, long userId) {}

    /** The SQL condition on a meeting {@code m} for {@link Viewer#params()}: fixed text, bound values. */
    public static final String VISIBLE = """
            (m.is_public or ? or m.jurisdiction_code = any(?) or m.fund_code = any(?)
             or (m.jurisdiction_code is null and m.fund_code is null and ?))""";

    public static Viewer viewer() {
        if (SystemActor.active()) {
            return new Viewer(true, new String[0], new String[0], true, 0);
        }
        Optional<RoadmapUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return new Viewer(false, new String[0], new String[0], false, 0);
        }
        RoadmapUser u = user.get();
        List<String> jurisdictions = u.jurisdictions();
        return new Viewer(
                u.isSecretariat(),
                jurisdictions.toArray(String[]::new),
                u.funds().toArray(String[]::new),
                !jurisdictions.isEmpty(),
                u.id());
    }

    public static boolean canSee(Viewer v, boolean isPublic, String jurisdiction, String fund) {
        return isPublic
                || v.all()
                || (jurisdiction != null && List.of(v.jurisdictions()).contains(jurisdiction))
                || (fund != null && List.of(v.funds()).contains(fund))
                || (jurisdiction == null && fund == null && v.anyJurisdiction());
    }

    public static boolean canPlan(MeetingType type, String jurisdiction, String fund) {
        if (SystemActor.active()) {
            return true;
        }
        return CurrentUser.get()
                .map(u -> switch (type) {
                    case LOCAL_COORDINATION ->
                        u.isSecretariat()
                                || u.has(Role.JURISDICTION_EDITOR, jurisdiction)
                                || u.has(Role.JURISDICTION_APPROVER, jurisdiction);
                    case STEERING_COMMITTEE -> fund != null && u.has(Role.FUND_ADMIN, fund);
                    case REGIONAL_COORDINATION, ANNUAL_MEETING, WORKSHOP -> u.isSecretariat();
                })
                .orElse(false);
    }

    public static void requirePlanner(MeetingType type, String jurisdiction, String fund) {
        if (!canPlan(type, jurisdiction, fund)) {
            if (!SystemActor.active()) {
                CurrentUser.require();
            }
            throw switch (type) {
                case LOCAL_COORDINATION -> new ForbiddenException("coordination.forbidden.local", jurisdiction);
                case STEERING_COMMITTEE -> new ForbiddenException("coordination.forbidden.committee", fund);
                default -> new ForbiddenException("coordination.forbidden.regional");
            };
        }
    }
}
