package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.shared.Money;

class SteeringCommitteeTest {
    private static final List<Fund.Organisation> PUNOS = List.of(
            new Fund.Organisation("UNDP", "UNDP", Fund.Organisation.Role.PARTICIPATING_ORGANISATION, null, null),
            new Fund.Organisation("UNODC", "UNODC", Fund.Organisation.Role.PARTICIPATING_ORGANISATION, null, null));
    private static final List<Fund.Donor> DONORS = List.of(
            new Fund.Donor("DE", "Germany", true, null),
            new Fund.Donor("FR", "France", true, null),
            new Fund.Donor("UK", "United Kingdom", false, null),
            new Fund.Donor("NL", "Netherlands", false, null),
            new Fund.Donor("SE", "Sweden", false, null),
            new Fund.Donor("NO", "Norway", false, null));

    private static SteeringCommittee compose(Map<String, Money> given) {
        return SteeringCommittee.compose(
                "UNDP", PUNOS, DONORS, given, List.of("European Union"), List.of("MPTF Office"));
    }

    private static List<String> names(List<SteeringCommittee.Member> members, SteeringCommittee.Seat seat) {
        return members.stream()
                .filter(m -> m.seat() == seat)
                .map(SteeringCommittee.Member::name)
                .toList();
    }

    @Test
    void theTopThreeOtherDonorsVoteAndTheRestObserve() {
        var c = compose(Map.of(
                "DE",
                Money.usd("9000000"),
                "FR",
                Money.usd("100"),
                "UK",
                Money.usd("5000000"),
                "NL",
                Money.usd("2800000"),
                "SE",
                Money.usd("2700000"),
                "NO",
                Money.usd("2200000")));

        assertThat(c.chair()).isEqualTo("UNDP");
        assertThat(names(c.voting(), SteeringCommittee.Seat.PARTICIPATING_ORGANISATION))
                .containsExactly("UNDP", "UNODC");
        assertThat(names(c.voting(), SteeringCommittee.Seat.EX_OFFICIO))
                .containsExactly("Germany", "France", "European Union");
        assertThat(names(c.voting(), SteeringCommittee.Seat.TOP_DONOR))
                .containsExactly("United Kingdom", "Netherlands", "Sweden");
        assertThat(names(c.observers(), SteeringCommittee.Seat.DONOR_OBSERVER)).containsExactly("Norway");
        assertThat(names(c.observers(), SteeringCommittee.Seat.OBSERVER)).containsExactly("MPTF Office");
    }

    @Test
    void seatsAreRecomputedWhenContributionsChange() {
        var c = compose(Map.of(
                "UK",
                Money.usd("5000000"),
                "NL",
                Money.usd("2800000"),
                "SE",
                Money.usd("2700000"),
                "NO",
                Money.usd("2800000.01")));
        assertThat(names(c.voting(), SteeringCommittee.Seat.TOP_DONOR))
                .containsExactly("United Kingdom", "Norway", "Netherlands");
        assertThat(names(c.observers(), SteeringCommittee.Seat.DONOR_OBSERVER)).containsExactly("Sweden");
    }

    @Test
    void aDonorThatHasGivenNothingHasNoVote() {
        var c = compose(Map.of("UK", Money.usd("1")));
        assertThat(names(c.voting(), SteeringCommittee.Seat.TOP_DONOR)).containsExactly("United Kingdom");
        assertThat(names(c.observers(), SteeringCommittee.Seat.DONOR_OBSERVER)).hasSize(3);
    }
}
