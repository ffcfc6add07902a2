package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Like the MPTF Office Gateway, the public sees approved proposals; the fund's participants see them all. */
@IntegrationTest
class ProposalVisibilityTest {
    private static final String REJECTED = "SLW-C2-ME-02";
    private static final String REASON = "Overlaps with SLW-C2-MK-01";
    private static final String DEFERRED = "SLW-C3-MK-02";

    @LocalServerPort
    int port;

    @Test
    void anonymousVisitorsSeeNoRejectedOrDeferredProposalNorWhy() {
        String page = Http.browser(port).get("/funds/SLW00/proposals").body();
        assertThat(page).doesNotContain(REJECTED).doesNotContain(REASON).doesNotContain(DEFERRED);
        assertThat(page).contains("Approved proposals and the decisions approving them are public");
    }

    @Test
    void signedInOutsidersSeeNoMoreThanThePublic() {
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        assertThat(editor.get("/funds/SLW00/proposals").body())
                .doesNotContain(REJECTED)
                .doesNotContain(REASON);
    }

    @Test
    void theFundsParticipantsSeeEveryProposalAndDecisionWithItsReason() {
        for (String participant :
                new String[] {"fund.admin@demo", "puno.undp@demo", "donor@demo", "secretariat@demo"}) {
            var browser = Http.browser(port);
            browser.signIn(participant, "demo");
            assertThat(browser.get("/funds/SLW00/proposals").body())
                    .as(participant)
                    .contains(REJECTED)
                    .contains(REASON)
                    .contains(DEFERRED)
                    .doesNotContain("Approved proposals and the decisions approving them are public");
        }
    }
}
