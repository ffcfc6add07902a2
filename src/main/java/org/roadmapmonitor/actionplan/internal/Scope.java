package org.roadmapmonitor.actionplan.internal;

import java.util.List;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.shared.SystemActor;

/**
 * What the caller may see, as reports scope it: the secretariat everything; a jurisdiction's people their
 * own drafts; everyone approved plans and partners' activities.
 */
public record Scope(boolean everyone, List<String> mine) {
    /** SQL over {@code activity a left join action_plan p}: the rows this scope may see. */
    static final String VISIBLE = "(p.id is null or p.status = 'APPROVED' or :everyone"
            + " or a.jurisdiction_code = any(string_to_array(:mine, ',')))";

    public static Scope current() {
        if (SystemActor.active()) {
            return new Scope(true, List.of());
        }
        var user = CurrentUser.get();
        if (user.filter(RoadmapUser::isSecretariat).isPresent()) {
            return new Scope(true, List.of());
        }
        return new Scope(false, user.map(RoadmapUser::jurisdictions).orElse(List.of()));
    }

    public boolean sees(String jurisdiction) {
        return everyone || mine.contains(jurisdiction);
    }

    String mineText() {
        return String.join(",", mine);
    }
}
