package org.roadmapmonitor.identity.web;

import org.roadmapmonitor.identity.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat reads the audit log: who changed what, when, with the state before and after. */
@Controller
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", audit.search(new AuditLog.Query(type, actor, q, page, 50)));
        model.addAttribute("types", audit.entityTypes());
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        model.addAttribute("q", q);
        return "admin/audit";
    }
}
