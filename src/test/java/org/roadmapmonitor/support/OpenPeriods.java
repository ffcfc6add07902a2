package org.roadmapmonitor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * Opens reporting periods in a framework's calendar the way the secretariat does, on the calendar page:
 * reports can only be started for periods the calendar has opened, and tests use periods of their own.
 */
public final class OpenPeriods {
    private OpenPeriods() {}

    public static void open(int port, String framework, String... periods) {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        for (String period : periods) {
            var res = secretariat.submit(
                    "/frameworks/" + framework + "/calendar",
                    "/frameworks/" + framework + "/calendar",
                    Map.of("period", period, "opensOn", "2020-01-01", "closesOn", "2099-12-31"));
            assertThat(res.statusCode()).as(res.body()).isIn(200, 302, 303);
        }
    }
}
