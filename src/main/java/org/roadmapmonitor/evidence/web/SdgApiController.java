package org.roadmapmonitor.evidence.web;

import java.math.BigDecimal;
import org.roadmapmonitor.evidence.Sdg1642;
import org.roadmapmonitor.evidence.SdgIndicators;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SDG indicator 16.4.2 computed from the recorded weapons, for a jurisdiction or region and a year. */
@RestController
class SdgApiController {
    private final SdgIndicators sdg;

    SdgApiController(SdgIndicators sdg) {
        this.sdg = sdg;
    }

    record Indicator(
            String indicator,
            String jurisdiction,
            String period,
            long numerator,
            long denominator,
            BigDecimal value,
            String unit,
            String reason,
            Sdg1642.Breakdown breakdown,
            Sdg1642.Excluded excluded) {}

    @GetMapping("/api/v1/sdg/16.4.2")
    Indicator indicator(@RequestParam String jurisdiction, @RequestParam String period) {
        var figure = sdg.indicator1642(jurisdiction, period);
        var r = figure.result();
        return new Indicator(
                "16.4.2",
                figure.jurisdiction(),
                figure.period(),
                r.numerator(),
                r.denominator(),
                r.value(),
                "PERCENT",
                sdg.reason(r),
                r.breakdown(),
                r.excluded());
    }
}
