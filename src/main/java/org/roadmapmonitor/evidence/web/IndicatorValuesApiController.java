package org.roadmapmonitor.evidence.web;

import org.roadmapmonitor.evidence.IndicatorValues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Values of derived indicators, computed from the evidence records now. */
@RestController
class IndicatorValuesApiController {
    private final IndicatorValues values;

    IndicatorValuesApiController(IndicatorValues values) {
        this.values = values;
    }

    @GetMapping("/api/v1/indicators/{framework}/{indicator}/values")
    IndicatorValues.Values values(
            @PathVariable String framework,
            @PathVariable String indicator,
            @RequestParam String jurisdiction,
            @RequestParam String period) {
        return values.values(framework, indicator, jurisdiction, period);
    }
}
