package org.roadmapmonitor.fund.ledger;

/**
 * The kinds of money movement, with their effect on the two balances of the MPTF Office "funding status":
 * the balance with the administrative agent and the balance with participating organisations (+1 adds,
 * -1 takes away, 0 leaves it alone). A transfer moves money from one to the other; a refund moves it back. A
 * refund to a donor and a transfer to another MDTF leave the fund altogether.
 */
public enum EntryType {
    CONTRIBUTION(1, 0),
    ADMINISTRATIVE_AGENT_FEE(-1, 0),
    FUND_INTEREST(1, 0),
    ORGANISATION_INTEREST(1, 0),
    TRANSFER(-1, 1),
    REFUND(1, -1),
    DIRECT_COST(-1, 0),
    BANK_CHARGE(-1, 0),
    EXPENDITURE(0, -1),
    /** Income other than contributions and interest, e.g. a balance received from a closed fund. */
    OTHER_INCOME(1, 0),
    /** Part of the balance passed on to another multi-donor trust fund on its donors' instruction. */
    TRANSFER_TO_MDTF(-1, 0),
    /** Money the administrative agent gives back to a donor (e.g. what is left when the fund closes). */
    DONOR_REFUND(-1, 0);

    private final int agentEffect;
    private final int organisationEffect;

    EntryType(int agentEffect, int organisationEffect) {
        this.agentEffect = agentEffect;
        this.organisationEffect = organisationEffect;
    }

    public int agentEffect() {
        return agentEffect;
    }

    public int organisationEffect() {
        return organisationEffect;
    }

    /** Whether the entry is about one project (and hence one participating organisation). */
    public boolean needsProject() {
        return this == TRANSFER || this == REFUND || this == EXPENDITURE;
    }
}
