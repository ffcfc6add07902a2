package org.roadmapmonitor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PeriodType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Periods", description = "Period codes: 2024, 2024S1, 2024Q3, 202405")
class PeriodApiController {

    record PeriodItem(
            String code, PeriodType type, LocalDate start, LocalDate end, String previous, String next, String year) {
        static PeriodItem of(PeriodCode p) {
            return new PeriodItem(
                    p.code(),
                    p.type(),
                    p.start(),
                    p.end(),
                    neighbour(p, -1),
                    neighbour(p, 1),
                    p.parent(PeriodType.YEARLY).code());
        }

        /** The period before or after; none at the ends of the years a code can express (1000 and 9999). */
        static String neighbour(PeriodCode p, int step) {
            try {
                return p.plus(step).code();
            } catch (InvalidException e) {
                return null;
            }
        }
    }

    @GetMapping("/api/v1/periods/{code}")
    @Operation(summary = "Parse a period code: its type, first and last day, neighbours and year")
    PeriodItem period(@PathVariable String code) {
        try {
            return PeriodItem.of(PeriodCode.parse(code));
        } catch (BadRequestException e) {
            throw e;
        } catch (InvalidException e) {
            throw new BadRequestException(e.getMessage(), e.problems());
        }
    }
}
