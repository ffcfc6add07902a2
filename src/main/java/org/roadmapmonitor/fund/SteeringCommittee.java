package org.roadmapmonitor.fund;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.shared.Money;

/**
 * Who sits on a fund's steering committee, by the fund's rules: the chair; the participating
 * organisations; the ex-officio members (donors flagged so, and seats such as the EU); and the three other
 * donors that contributed most, as voting members. Every other donor, and the observer seats (the
 * administrative agent, the secretariat), sit without a vote. Recomputed from contributions every time.
 */
public record SteeringCommittee(String chair, List<Member> voting, List<Member> observers) {
    public static final int TOP_DONOR_SEATS = 3;

    public enum Seat {
        PARTICIPATING_ORGANISATION,
        EX_OFFICIO,
        TOP_DONOR,
        DONOR_OBSERVER,
        OBSERVER
    }

    /** A member; contributions in USD for donors, null otherwise. */
    public record Member(String name, Seat seat, Money contributions) {}

    public static SteeringCommittee compose(
            String chair,
            List<Fund.Organisation> participating,
            List<Fund.Donor> donors,
            Map<String, Money> contributions,
            List<String> exOfficioSeats,
            List<String> observerSeats) {
        List<Member> voting = new ArrayList<>();
        List<Member> observers = new ArrayList<>();
        participating.forEach(o -> voting.add(new Member(o.name(), Seat.PARTICIPATING_ORGANISATION, null)));
        donors.stream()
                .filter(Fund.Donor::exOfficio)
                .forEach(d -> voting.add(new Member(d.name(), Seat.EX_OFFICIO, given(contributions, d))));
        exOfficioSeats.forEach(s -> voting.add(new Member(s, Seat.EX_OFFICIO, null)));
        List<Fund.Donor> others = donors.stream()
                .filter(d -> !d.exOfficio())
                .sorted(Comparator.comparing((Fund.Donor d) -> given(contributions, d))
                        .reversed()
                        .thenComparing(Fund.Donor::code))
                .toList();
        for (int i = 0; i < others.size(); i++) {
            Fund.Donor d = others.get(i);
            boolean top = i < TOP_DONOR_SEATS && given(contributions, d).isPositive();
            (top ? voting : observers)
                    .add(new Member(d.name(), top ? Seat.TOP_DONOR : Seat.DONOR_OBSERVER, given(contributions, d)));
        }
        observerSeats.forEach(s -> observers.add(new Member(s, Seat.OBSERVER, null)));
        return new SteeringCommittee(chair, List.copyOf(voting), List.copyOf(observers));
    }

    private static Money given(Map<String, Money> contributions, Fund.Donor d) {
        return contributions.getOrDefault(d.code(), Money.zero("USD"));
    }
}
