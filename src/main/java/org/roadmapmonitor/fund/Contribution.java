package org.roadmapmonitor.fund;

import java.time.LocalDate;
import org.roadmapmonitor.shared.Money;

/** Promises of money, before any is deposited: contribution agreements (SAAs) and pledges. */
public final class Contribution {
    private Contribution() {}

    public record Agreement(long id, String donor, String reference, LocalDate signedOn, Money amount) {}

    public record Pledge(long id, String donor, Long agreementId, LocalDate pledgedOn, Money amount) {}
}
