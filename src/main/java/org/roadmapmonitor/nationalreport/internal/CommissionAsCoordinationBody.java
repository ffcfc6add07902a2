package org.roadmapmonitor.nationalreport.internal;

import java.util.Optional;
import org.roadmapmonitor.identity.Organisation;
import org.roadmapmonitor.identity.UserAdministration;
import org.roadmapmonitor.nationalreport.CoordinationSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When no coordination meeting is recorded, the jurisdiction's SALW commission (an organisation of that kind) is
 * offered as its national coordination body, without counts of women and men. Last in order, so that the
 * recorded meetings win; {@link RecordedCoordination} also takes the body's name from here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CommissionAsCoordinationBody implements CoordinationSource {
    private final UserAdministration organisations;

    CommissionAsCoordinationBody(UserAdministration organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<Coordination> coordination(String jurisdiction, int firstYear, int lastYear) {
        return commission(jurisdiction).map(name -> new Coordination(name, null, null, null));
    }

    /** The name of the jurisdiction's SALW commission, if one is recorded among the organisations. */
    Optional<String> commission(String jurisdiction) {
        return organisations.organisations().stream()
                .filter(o -> o.kind() == Organisation.Kind.SALW_COMMISSION && jurisdiction.equals(o.jurisdiction()))
                .findFirst()
                .map(Organisation::name);
    }
}
