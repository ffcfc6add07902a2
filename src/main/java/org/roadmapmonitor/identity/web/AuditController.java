package org.roadmapmonitor.identity.web;

import java.util.Locale;
import org.roadmapmonitor.identity.AuditLog;
import org.roadmapmonitor.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The secretariat reads the audit log: who changed what, when, with the state before and after. */
@Controller
class AuditController {
    private final AuditLog audit;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    AuditController(AuditLog audit, JsonMapper json, MessageSource messages, Formats formats) {
        this.audit = audit;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        var result = audit.search(new AuditLog.Query(type, actor, q, page, 50));
        model.addAttribute("result", result);
        model.addAttribute(
                "rows",
                result.events().stream()
                        .map(e -> AuditRow.of(e, json, messages, formats, locale))
                        .toList());
        model.addAttribute("types", audit.entityTypes());
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        model.addAttribute("q", q);
        return "admin/audit";
    }
}
