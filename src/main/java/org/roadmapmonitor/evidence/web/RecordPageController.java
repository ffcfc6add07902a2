package org.roadmapmonitor.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roadmapmonitor.evidence.EvidenceRecords;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.evidence.TracingDeadlines;
import org.roadmapmonitor.evidence.internal.RecordTable;
import org.roadmapmonitor.evidence.internal.RecordTable.Field;
import org.roadmapmonitor.evidence.internal.RecordTable.Kind;
import org.roadmapmonitor.evidence.internal.RecordTables;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.IfMatch;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One record's page: its fields in a form that corrects it through the same service as the API (so the same
 * checks, scoping and audit), its child rows and the records that belong to it, each added, corrected or removed
 * one form at a time by whoever may edit the record, and, for a tracing request, when its answer is due.
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
    String show(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam(required = false) String edit,
            Model model) {
        RecordType t = recordType(type);
        Map<String, Object> record = records.get(t, id);
        RecordTable table = RecordTables.of(t);
        model.addAttribute("type", t);
        model.addAttribute("record", record);
        model.addAttribute("fields", table.fields());
        model.addAttribute("children", table.children());
        var dependents = records.dependents(t, id);
        model.addAttribute("dependents", dependents);
        model.addAttribute(
                "dependentTables",
                RecordTables.dependentsOf(t).stream().collect(Collectors.toMap(RecordTable::type, d -> d)));
        model.addAttribute("dependentsShown", EvidenceRecords.DEPENDENTS_SHOWN);
        boolean mayEdit = records.canWrite((String) record.get("jurisdiction"));
        model.addAttribute("mayEdit", mayEdit);
        editing(edit, table, record, dependents, model);
        model.addAttribute("fieldProblems", fieldProblems(model.getAttribute("flashProblems")));
        if (t == RecordType.TRACING_REQUESTS) {
            model.addAttribute("due", deadlines.due(id));
        }
        if (t == RecordType.DESTRUCTIONS) {
            model.addAttribute("candidates", mayEdit ? records.destructionCandidates(id) : List.of());
        }
        return "evidence/record";
    }

    /**
     * Which row the page opens a form for ({@code edit}: {@code persons:2}, {@code persons:new} for a child
     * row, {@code weapon-items:15}, {@code weapon-items:new} for a record that belongs to this one); anything
     * else opens none.
     */
    private static void editing(
            String edit,
            RecordTable table,
            Map<String, Object> record,
            Map<RecordType, List<Map<String, Object>>> dependents,
            Model model) {
        model.addAttribute("editChild", null);
        model.addAttribute("editDependent", null);
        if (edit == null || !edit.matches("[a-z-]{1,40}:(new|\\d{1,18})")) {
            return;
        }
        String name = edit.substring(0, edit.indexOf(':'));
        String key = edit.substring(edit.indexOf(':') + 1);
        boolean adding = key.equals("new");
        model.addAttribute("editNew", adding);
        for (var child : table.children()) {
            if (child.name().equals(name) && record.get(name) instanceof List<?> rows) {
                int index = adding ? rows.size() : (int) Math.min(Long.parseLong(key), Integer.MAX_VALUE);
                if (index <= rows.size() && (adding || index < rows.size())) {
                    model.addAttribute("editChild", name);
                    model.addAttribute("editIndex", index);
                }
            }
        }
        dependents.forEach((type, rows) -> {
            if (!type.path().equals(name)) {
                return;
            }
            if (adding) {
                model.addAttribute("editDependent", name);
                return;
            }
            rows.stream()
                    .filter(r -> r.get("id").toString().equals(key))
                    .findFirst()
                    .ifPresent(r -> {
                        model.addAttribute("editDependent", name);
                        model.addAttribute("editTarget", r);
                    });
        });
    }

    /** A refused form's problems by the path of their field, so that each shows at its field. */
    private static Map<String, String> fieldProblems(Object problems) {
        var out = new HashMap<String, String>();
        if (problems instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Problem problem) {
                    out.putIfAbsent(problem.path(), problem.message());
                }
            }
        }
        return out;
    }

    /**
     * Adds, corrects (row {@code index}) or removes ({@code remove}) one child row of the record (an incident's
     * person, a site's inspection): the record is saved with its child list so changed, through the same
     * service as the API; a refused row comes back to its form with each problem at its field.
     */
    @PostMapping("/evidence/records/{type}/{id}/children/{child}")
    String child(
            @PathVariable String type,
            @PathVariable long id,
            @PathVariable String child,
            @RequestParam(required = false) Integer index,
            @RequestParam(required = false) String remove,
            HttpServletRequest form,
            RedirectAttributes flash) {
        RecordType t = recordType(type);
        RecordTable table = RecordTables.of(t);
        RecordTable.Child edited = table.children().stream()
                .filter(c -> c.name().equals(child))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("child", texts.get("evidence.record.unknownChild", child)));
        Map<String, Object> current = records.get(t, id);
        ObjectNode body = stored(table, current);
        var rows = (ArrayNode) body.get(child);
        if (index != null && (index < 0 || index >= rows.size())) {
            throw new BadRequestException(
                    "index", texts.get("evidence.record.unknownChild", child + "[" + index + "]"));
        }
        String message;
        if (remove != null && index != null) {
            rows.remove(index);
            message = "evidence.record.childRemoved";
        } else {
            ObjectNode row = formValues(edited.fields(), form);
            if (index == null) {
                rows.add(row);
                message = "evidence.record.childAdded";
            } else {
                rows.set(index, row);
                message = "evidence.record.childSaved";
            }
        }
        records.update(t, id, revision(form), body);
        flash.addFlashAttribute("flashSuccess", texts.get(message, id));
        return "redirect:/evidence/records/" + t.path() + "/" + id;
    }

    /**
     * Adds a weapon to the destruction's list ({@code weaponItemId}), or removes one ({@code remove}): the
     * destruction is saved with its list so changed, through the same service as the API (a weapon added is
     * marked destroyed on its date, one removed stored again).
     */
    @PostMapping("/evidence/records/destructions/{id}/items")
    String destroyedItem(
            @PathVariable long id,
            @RequestParam(required = false) String weaponItemId,
            @RequestParam(required = false) String remove,
            HttpServletRequest form,
            RedirectAttributes flash) {
        RecordType t = RecordType.DESTRUCTIONS;
        RecordTable table = RecordTables.of(t);
        Map<String, Object> current = records.get(t, id);
        String given = weaponItemId == null ? "" : weaponItemId.strip();
        if (!given.matches("\\d{1,18}")) {
            throw new BadRequestException("weaponItemId", texts.get("evidence.destruction.itemNotAnId"));
        }
        long weapon = Long.parseLong(given);
        ObjectNode body = stored(table, current);
        ArrayNode items = body.putArray("items");
        boolean removing = remove != null;
        if (current.get("items") instanceof List<?> list) {
            for (Object item : list) {
                long listed = (Long) ((Map<?, ?>) item).get("weaponItemId");
                if (!(removing && listed == weapon)) {
                    items.add(listed);
                }
            }
        }
        if (!removing) {
            items.add(weapon);
        }
        records.update(t, id, revision(form), body);
        flash.addFlashAttribute(
                "flashSuccess",
                texts.get(
                        removing ? "evidence.destruction.itemRemoved" : "evidence.destruction.itemAdded", weapon, id));
        return "redirect:/evidence/records/" + t.path() + "/" + id + "#destroyed-items";
    }

    /**
     * Adds a record that belongs to another (a weapon of an event) from the form on its parent's page, and
     * goes back there.
     */
    @PostMapping("/evidence/records/{type}/new")
    String addDependent(@PathVariable String type, HttpServletRequest form, RedirectAttributes flash) {
        RecordType t = recordType(type);
        RecordTable table = RecordTables.of(t);
        if (table.parent() == null) {
            throw new BadRequestException("type", texts.get("evidence.record.notDependent", t.path()));
        }
        ObjectNode body = formValues(table.fields(), form);
        var created = records.create(t, body);
        flash.addFlashAttribute("flashSuccess", texts.get("evidence.record.created", created.get("id")));
        return "redirect:" + back(form, "/evidence/records/" + t.path() + "/" + created.get("id"));
    }

    /** Deletes a record from its page or its parent's, and goes back to the parent or the list. */
    @PostMapping("/evidence/records/{type}/{id}/delete")
    String delete(@PathVariable String type, @PathVariable long id, HttpServletRequest form, RedirectAttributes flash) {
        RecordType t = recordType(type);
        records.delete(t, id, revision(form));
        flash.addFlashAttribute("flashSuccess", texts.get("evidence.record.deleted", id));
        return "redirect:" + back(form, "/evidence/records/" + t.path());
    }

    /** The record's stored fields and child rows as the API takes them back. */
    private static ObjectNode stored(RecordTable table, Map<String, Object> current) {
        ObjectNode body = JSON.createObjectNode();
        for (Field f : table.fields()) {
            if (current.get(f.name()) != null) {
                body.set(f.name(), JSON.valueToTree(current.get(f.name())));
            }
        }
        if (table.parent() == null) {
            body.put("jurisdiction", (String) current.get("jurisdiction"));
        }
        for (var c : table.children()) {
            body.set(c.name(), JSON.valueToTree(childRows(c, current.get(c.name()))));
        }
        return body;
    }

    /** A form's values of these fields ({@code f_<name>}), empty ones left out. */
    private static ObjectNode formValues(List<Field> fields, HttpServletRequest form) {
        ObjectNode body = JSON.createObjectNode();
        for (Field f : fields) {
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
        return body;
    }

    /**
     * The revision of the record the form was shown with (its hidden field {@code revision}): a form opened
     * before someone else's change is refused rather than overwriting it.
     */
    private static Long revision(HttpServletRequest form) {
        return IfMatch.revision(form.getParameter("revision"));
    }

    /** Where a form asked to go back to: one of the evidence pages, else {@code otherwise}. */
    private static String back(HttpServletRequest form, String otherwise) {
        String back = form.getParameter("back");
        return back != null && back.matches("/evidence/records/[a-z-]+(/\\d+)?") ? back : otherwise;
    }

    /** The form's fields replace the record's; its child rows are kept as they are. */
    @PostMapping("/evidence/records/{type}/{id}")
    String correct(
            @PathVariable String type, @PathVariable long id, HttpServletRequest form, RedirectAttributes flash) {
        RecordType t = recordType(type);
        RecordTable table = RecordTables.of(t);
        Map<String, Object> current = records.get(t, id);
        ObjectNode body = formValues(table.fields(), form);
        if (table.parent() == null) {
            body.put("jurisdiction", (String) current.get("jurisdiction"));
        }
        for (var child : table.children()) {
            body.set(child.name(), JSON.valueToTree(childRows(child, current.get(child.name()))));
        }
        records.update(t, id, revision(form), body);
        flash.addFlashAttribute("flashSuccess", texts.get("evidence.record.saved", id));
        return "redirect:" + back(form, "/evidence/records/" + t.path() + "/" + id);
    }

    /** A child list as the API takes it back: only the child's own fields. */
    private static List<Map<String, Object>> childRows(RecordTable.Child child, Object rows) {
        if (!(rows instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(r -> (Map<?, ?>) r)
                .map(r -> {
                    var row = new LinkedHashMap<String, Object>();
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
