package org.roadmapmonitor.web;

import java.util.Arrays;
import java.util.List;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PeriodType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The period explorer: type a code, see what it means, what contains it and what it contains. */
@Controller
class PeriodController {

    record Row(PeriodType type, List<PeriodCode> periods) {}

    @GetMapping("/periods")
    String periods(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("types", PeriodType.values());
        if (code == null || code.isBlank()) {
            return "periods";
        }
        try {
            PeriodCode p = PeriodCode.parse(code.trim());
            model.addAttribute("period", p);
            model.addAttribute("previous", PeriodApiController.PeriodItem.neighbour(p, -1));
            model.addAttribute("next", PeriodApiController.PeriodItem.neighbour(p, 1));
            model.addAttribute(
                    "parents",
                    Arrays.stream(PeriodType.values())
                            .filter(t -> t.isCoarserThan(p.type()))
                            .map(p::parent)
                            .toList());
            model.addAttribute(
                    "children",
                    Arrays.stream(PeriodType.values())
                            .filter(t -> t.isFinerThan(p.type()))
                            .map(t -> new Row(t, p.children(t)))
                            .toList());
        } catch (InvalidException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "periods";
    }
}
