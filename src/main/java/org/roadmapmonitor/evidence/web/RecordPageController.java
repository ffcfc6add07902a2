package org.roadmapmonitor.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.evidence.EvidenceRecords;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.evidence.TracingDeadlines;
import org.roadmapmonitor.evidence.internal.RecordTable;
import org.roadmapmonitor.evidence.internal.RecordTable.Field;
import org.roadmapmonitor.evidence.internal.RecordTable.Kind;
import org.roadmapmonitor.evidence.internal.RecordTables;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One record's page: its fields in a form that corrects it through the same service as the API (so the same
 * checks, scoping and audit), its child rows as they are, and, for a tracing request, when its answer is due.
 */
@Controller
class RecordPageController {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EvidenceRecords records;
    private final TracingDeadlines deadlines;
    private final Texts texts;

    RecordPageController(EvidenceRecords records, TracingDeadlines deadlines, Texts texts) {
        this.records = records;
        this.deadlines = deadlines;
        this.texts = texts;
    }

    @GetMapping("/evidence/records/{type}/{id}")
    String show(@PathVariable String type, @PathVariable long id, Model model) {
        RecordType t = recordType(type);
        Map<String, Object> record = records.get(t, id);
        RecordTable table = RecordTables.of(t);
        model.addAttribute("type", t);
        model.addAttribute("record", record);
        model.addAttribute("fields", table.fields());
        var codes = new java.util.HashMap<String, List<String>>();
        table.fields()
                .forEach(f -> codes.put(f.name(), f.codes().stream().sorted().toList()));
        model.addAttribute("codes", codes);
        model.addAttribute("children", table.children());
        if (t == RecordType.TRACING_REQUESTS) {
            model.addAttribute("due", deadlines.due(id));
        }
        return "evidence/record";
    }

    /** The form's fields replace the record's; its child rows are kept as they are. */
    @PostMapping("/evidence/records/{type}/{id}")
    String correct(
            @PathVariable String type, @PathVariable long id, HttpServletRequest form, RedirectAttributes flash) {
        RecordType t = recordType(type);
        RecordTable table = RecordTables.of(t);
        Map<String, Object> current = records.get(t, id);
        ObjectNode body = JSON.createObjectNode();
        for (Field f : table.fields()) {
            String value = form.getParameter("f_" + f.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (f.kind() == Kind.BOOLEAN && (value.equals("true") || value.equals("false"))) {
                body.put(f.name(), Boolean.parseBoolean(value));
            } else {
                body.put(f.name(), value.strip());
            }
        }
        if (table.parent() == null) {
            body.put("jurisdiction", (String) current.get("jurisdiction"));
        }
        for (var child : table.children()) {
            body.set(child.name(), JSON.valueToTree(childRows(child, current.get(child.name()))));
        }
        records.update(t, id, body);
        flash.addFlashAttribute("flashSuccess", texts.get("evidence.record.saved", id));
        return "redirect:/evidence/records/" + t.path() + "/" + id;
    }

    /** A child list as the API takes it back: only the child's own fields. */
    private static List<Map<String, Object>> childRows(RecordTable.Child child, Object rows) {
        if (!(rows instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(r -> (Map<?, ?>) r)
                .map(r -> {
                    var row = new java.util.LinkedHashMap<String, Object>();
                    child.fields().forEach(f -> {
                        if (r.get(f.name()) != null) {
                            row.put(f.name(), r.get(f.name()));
                        }
                    });
                    return (Map<String, Object>) row;
                })
                .toList();
    }

    private RecordType recordType(String type) {
        return RecordType.fromPath(type)
                .orElseThrow(() ->
                        new BadRequestException("type", texts.get("evidence.unknownType", type, RecordType.paths())));
    }
}
