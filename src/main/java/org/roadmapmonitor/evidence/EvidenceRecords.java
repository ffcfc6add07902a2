package org.roadmapmonitor.evidence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.roadmapmonitor.evidence.internal.RecordInput;
import org.roadmapmonitor.evidence.internal.RecordStore;
import org.roadmapmonitor.evidence.internal.RecordTable;
import org.roadmapmonitor.evidence.internal.RecordTables;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PreconditionRequiredException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.StaleException;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Evidence records, read and corrected one by one, with the scoping of reports: records are never public;
 * the secretariat sees and changes every jurisdiction's, a jurisdiction's editor changes its own and its
 * approver reads them; to anyone else a record does not exist (404). Every write is audited.
 */
@Service
public class EvidenceRecords {
    private static final Logger log = LoggerFactory.getLogger(EvidenceRecords.class);

    private final RecordStore store;
    private final JurisdictionDirectory jurisdictions;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Clock clock;

    public EvidenceRecords(
            RecordStore store,
            JurisdictionDirectory jurisdictions,
            ApplicationEventPublisher events,
            Texts texts,
            Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    public record Query(String jurisdiction, LocalDate from, LocalDate to, int page, int size) {
        public Query {
            page = Math.max(page, 0);
            size = Math.min(Math.max(size, 1), 500);
        }
    }

    public record Page(List<Map<String, Object>> records, long total, int page, int size) {}

    public Page list(RecordType type, Query q) {
        var filter = new RecordStore.Filter(
                visible(),
                q.jurisdiction() == null || q.jurisdiction().isBlank()
                        ? null
                        : q.jurisdiction().strip(),
                q.from() == null ? null : Date.valueOf(q.from()),
                q.to() == null ? null : Date.valueOf(q.to()));
        var page = store.page(RecordTables.of(type), filter, q.page(), q.size());
        return new Page(page.records(), page.total(), q.page(), q.size());
    }

    public Map<String, Object> get(RecordType type, long id) {
        var record = store.find(RecordTables.of(type), id).orElseThrow(() -> notFound(type, id));
        if (!canSee((String) record.get("jurisdiction"))) {
            throw notFound(type, id);
        }
        return record;
    }

    /** How many records of each dependent type a record's page lists (its filtered list has the rest). */
    public static final int DEPENDENTS_SHOWN = 200;

    /**
     * The records that belong to this one, by type (an event's weapons and counted items, a weapon's tracing
     * requests), at most {@link #DEPENDENTS_SHOWN} of each; visible exactly when the record is.
     */
    public Map<RecordType, List<Map<String, Object>>> dependents(RecordType type, long id) {
        get(type, id);
        var out = new LinkedHashMap<RecordType, List<Map<String, Object>>>();
        for (RecordTable t : RecordTables.dependentsOf(type)) {
            out.put(t.type(), store.ofParent(t, id, DEPENDENTS_SHOWN));
        }
        return out;
    }

    /** How many weapons a destruction's page offers to choose from (any other is named by its id). */
    public static final int CANDIDATES_SHOWN = 200;

    /**
     * Weapons a destruction could list, for its page: the jurisdiction's weapons recorded by its date and not
     * destroyed, the latest first; none unless the caller may change it.
     */
    public List<Map<String, Object>> destructionCandidates(long id) {
        var d = get(RecordType.DESTRUCTIONS, id);
        String jurisdiction = (String) d.get("jurisdiction");
        if (!canWrite(jurisdiction)) {
            return List.of();
        }
        return store.destructionCandidates(
                jurisdiction, Date.valueOf(LocalDate.parse((String) d.get("destroyedOn"))), CANDIDATES_SHOWN);
    }

    @Transactional
    public Map<String, Object> create(RecordType type, JsonNode body) {
        RecordTable t = RecordTables.of(type);
        var input = new RecordInput(texts, LocalDate.now(clock));
        Map<String, Object> columns = input.read("", body, t.fields(), extra(t));
        String jurisdiction = jurisdictionOf(t, body, columns, input.problems());
        var children = children(t, body, input);
        Long[] items = destroyedItems(type, body, input.problems());
        if (!input.problems().isEmpty()) {
            throw new InvalidException(texts.get("evidence.record.invalid"), input.problems());
        }
        mayWrite(jurisdiction);
        if (t.parent() == null) {
            columns.put("jurisdiction_code", jurisdiction);
        }
        stamp(t, columns);
        if (type == RecordType.WEAPON_ITEMS) {
            Object serial = columns.get("serial_number");
            columns.put("item_key", serial != null ? serial : "#" + UUID.randomUUID());
        }
        long id = write(() -> store.insert(t, columns));
        children.forEach((child, rows) -> store.replaceChildren(child, id, rows));
        linkDestroyed(type, id, jurisdiction, items);
        var after = store.find(t, id).orElseThrow();
        events.publishEvent(new ChangeMade(
                "EVIDENCE_CREATED", "evidence." + type.path(), String.valueOf(id), summary(after), null, after));
        return after;
    }

    /**
     * Replaces the record's fields (and child rows) with {@code body}, if it is still at {@code revision} (what
     * the caller read: the API's If-Match, a page form's hidden field; null: 428); else {@link StaleException} and
     * nothing changes.
     */
    @Transactional
    public Map<String, Object> update(RecordType type, long id, Long revision, JsonNode body) {
        RecordTable t = RecordTables.of(type);
        var before = get(type, id);
        String jurisdiction = (String) before.get("jurisdiction");
        mayWrite(jurisdiction);
        requireRevision(type, id, before, revision);
        var input = new RecordInput(texts, LocalDate.now(clock));
        Map<String, Object> columns = input.read("", body, t.fields(), extra(t));
        if (t.parent() == null
                && body != null
                && body.has("jurisdiction")
                && !jurisdiction.equals(body.get("jurisdiction").asString())) {
            input.problems()
                    .add(Problem.at("jurisdiction", texts.get("evidence.record.jurisdictionFixed", jurisdiction)));
        }
        if (t.parent() != null && columns.get(t.parent().column()) != null) {
            String parentJurisdiction = jurisdictionOf(t, body, columns, input.problems());
            if (parentJurisdiction != null && !parentJurisdiction.equals(jurisdiction)) {
                input.problems()
                        .add(Problem.at(
                                t.parent().field(), texts.get("evidence.record.jurisdictionFixed", jurisdiction)));
            }
        }
        var children = children(t, body, input);
        Long[] items = destroyedItems(type, body, input.problems());
        if (type == RecordType.WEAPON_ITEMS) {
            keptDestroyed(id, columns, input.problems());
        }
        if (!input.problems().isEmpty()) {
            throw new InvalidException(texts.get("evidence.record.invalid"), input.problems());
        }
        stamp(t, columns);
        boolean updated = write(() -> store.update(t, id, revision, columns) ? 1 : 0) == 1;
        if (!updated) {
            throw stale(type, id);
        }
        children.forEach((child, rows) -> store.replaceChildren(child, id, rows));
        linkDestroyed(type, id, jurisdiction, items);
        var after = store.find(t, id).orElseThrow();
        events.publishEvent(new ChangeMade(
                "EVIDENCE_UPDATED", "evidence." + type.path(), String.valueOf(id), summary(after), before, after));
        return after;
    }

    /** Deletes the record if it is still at {@code revision}; else {@link StaleException}. */
    @Transactional
    public void delete(RecordType type, long id, Long revision) {
        var before = get(type, id);
        mayWrite((String) before.get("jurisdiction"));
        requireRevision(type, id, before, revision);
        if (type == RecordType.DESTRUCTIONS) {
            store.unmarkDestroyed(id);
        }
        if (!store.delete(RecordTables.of(type), id, revision)) {
            throw stale(type, id);
        }
        events.publishEvent(new ChangeMade(
                "EVIDENCE_DELETED", "evidence." + type.path(), String.valueOf(id), summary(before), before, null));
    }

    /** A write names the revision it read (428 without: {@link PreconditionRequiredException}) and it must hold. */
    private void requireRevision(RecordType type, long id, Map<String, Object> current, Long revision) {
        if (revision == null) {
            throw new PreconditionRequiredException();
        }
        if (!current.get("revision").equals(revision)) {
            throw stale(type, id);
        }
    }

    private StaleException stale(RecordType type, long id) {
        return new StaleException("evidence.record.stale", texts.get("evidence.type." + type.path()), id);
    }

    /**
     * The weapons a destruction lists ({@code items}: ids, or objects with {@code weaponItemId} as a GET gives
     * them), each once; null when the body has no {@code items} (then they stay as they are) or the type has none.
     */
    private Long[] destroyedItems(RecordType type, JsonNode body, List<Problem> problems) {
        JsonNode list = body == null ? null : body.get("items");
        if (type != RecordType.DESTRUCTIONS || list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            problems.add(Problem.at("items", texts.get("evidence.destruction.itemsNotAList")));
            return null;
        }
        var ids = new java.util.LinkedHashSet<Long>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            JsonNode id = item != null && item.isObject() ? item.get("weaponItemId") : item;
            if (id != null
                    && (id.isIntegralNumber()
                            || (id.isString() && id.asString().strip().matches("\\d{1,18}")))) {
                ids.add(
                        id.isIntegralNumber()
                                ? id.asLong()
                                : Long.parseLong(id.asString().strip()));
            } else {
                problems.add(Problem.at("items[" + i + "]", texts.get("evidence.destruction.itemNotAnId")));
            }
        }
        return ids.toArray(Long[]::new);
    }

    /**
     * Links the destruction to exactly {@code items} (unless null: unchanged), each a weapon of its jurisdiction
     * that no other destruction lists (else 422 naming it), and marks them destroyed on its date. A fixed number
     * of statements.
     */
    private void linkDestroyed(RecordType type, long id, String jurisdiction, Long[] items) {
        if (type != RecordType.DESTRUCTIONS) {
            return;
        }
        if (items != null) {
            var found = store.weaponsForDestruction(id, items);
            var problems = new ArrayList<Problem>();
            for (int i = 0; i < items.length; i++) {
                var weapon = found.get(items[i]);
                if (weapon == null || !weapon.jurisdiction().equals(jurisdiction)) {
                    problems.add(Problem.at(
                            "items[" + i + "]", texts.get("evidence.destruction.unknownItem", items[i], jurisdiction)));
                } else if (weapon.otherDestruction() != null) {
                    problems.add(Problem.at(
                            "items[" + i + "]",
                            texts.get("evidence.destruction.itemElsewhere", items[i], weapon.otherDestruction())));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidException(texts.get("evidence.record.invalid"), problems);
            }
            store.replaceDestroyedItems(id, items);
        }
        store.markDestroyed(id);
    }

    /** A weapon a destruction lists stays destroyed on its date: it is corrected there, not here. */
    private void keptDestroyed(long weaponId, Map<String, Object> columns, List<Problem> problems) {
        store.destructionOf(weaponId).ifPresent(d -> {
            Object on = columns.get("destroyed_on");
            if (!"DESTROYED".equals(columns.get("disposition"))
                    || on == null
                    || !on.toString().equals(d.get("destroyedOn").toString())) {
                problems.add(Problem.at(
                        "disposition",
                        texts.get("evidence.record.destroyedByDestruction", d.get("id"), d.get("destroyedOn"))));
            }
        });
    }

    private static Set<String> extra(RecordTable t) {
        var names = new HashSet<String>();
        names.add("id");
        names.add("revision");
        if (t.type() == RecordType.DESTRUCTIONS) {
            names.add("items");
        }
        names.add("jurisdiction");
        t.children().forEach(c -> names.add(c.name()));
        return names;
    }

    private String jurisdictionOf(RecordTable t, JsonNode body, Map<String, Object> columns, List<Problem> problems) {
        if (t.parent() != null) {
            Object parentId = columns.get(t.parent().column());
            if (parentId == null) {
                return null;
            }
            var found = store.parentJurisdiction(t, (Long) parentId).filter(this::canSee);
            if (found.isEmpty()) {
                problems.add(Problem.at(t.parent().field(), texts.get("evidence.record.unknownParent", parentId)));
            }
            return found.orElse(null);
        }
        String code = body != null && body.hasNonNull("jurisdiction")
                ? body.get("jurisdiction").asString()
                : null;
        if (code == null || code.isBlank()) {
            problems.add(Problem.at("jurisdiction", texts.get("evidence.import.required")));
            return null;
        }
        var j = jurisdictions.find(code.strip());
        if (j.isEmpty()) {
            problems.add(Problem.at("jurisdiction", texts.get("evidence.import.unknownJurisdiction", code)));
            return null;
        }
        if (j.get().kind().name().equals("REGION")) {
            problems.add(Problem.at("jurisdiction", texts.get("evidence.import.regionJurisdiction", code)));
        }
        return j.get().code();
    }

    private Map<RecordTable.Child, List<Map<String, Object>>> children(
            RecordTable t, JsonNode body, RecordInput input) {
        var result = new LinkedHashMap<RecordTable.Child, List<Map<String, Object>>>();
        for (var child : t.children()) {
            JsonNode list = body == null ? null : body.get(child.name());
            var rows = new ArrayList<Map<String, Object>>();
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    rows.add(input.read(child.name() + "[" + i + "]", list.get(i), child.fields(), Set.of()));
                }
            } else if (list != null && !list.isNull()) {
                input.problems().add(Problem.at(child.name(), texts.get("evidence.record.notAnObject")));
            }
            result.put(child, rows);
        }
        return result;
    }

    private static void stamp(RecordTable t, Map<String, Object> columns) {
        if (t.parent() == null) {
            columns.put("updated_by", CurrentUser.actor());
        }
    }

    private long write(LongSupplier work) {
        try {
            return work.getAsLong();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(texts.get("evidence.record.duplicate"));
        } catch (DataIntegrityViolationException e) {
            log.info(
                    "A record was refused by a database rule: {}",
                    e.getMostSpecificCause().getMessage());
            throw new InvalidException("$", texts.get("evidence.record.inconsistent"));
        }
    }

    private static ChangeMade.Summary summary(Map<String, Object> record) {
        return ChangeMade.summary("audit.summary.evidenceRecord", record.get("jurisdiction"), record.get("id"));
    }

    /** Jurisdictions this reader sees; null for all (the secretariat, start-up work). */
    /** The jurisdictions whose records the caller may read; null for all (the secretariat, the system). */
    List<String> visible() {
        RoadmapUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            if (SystemActor.active()) {
                return null;
            }
            throw new ForbiddenException(texts.get("evidence.record.signIn"));
        }
        return user.isSecretariat() ? null : user.jurisdictions();
    }

    private boolean canSee(String jurisdiction) {
        List<String> visible = visible();
        return visible == null || visible.contains(jurisdiction);
    }

    /** Whether the current user may change this jurisdiction's records (the pages offer their forms then). */
    public boolean canWrite(String jurisdiction) {
        RoadmapUser user = CurrentUser.get().orElse(null);
        return user != null
                && jurisdiction != null
                && (user.isSecretariat() || user.has(Role.JURISDICTION_EDITOR, jurisdiction));
    }

    private void mayWrite(String jurisdiction) {
        if (jurisdiction == null || SystemActor.active()) {
            return;
        }
        RoadmapUser user = CurrentUser.require();
        if (!user.isSecretariat() && !user.has(Role.JURISDICTION_EDITOR, jurisdiction)) {
            throw new ForbiddenException(texts.get("evidence.record.readOnly", jurisdiction));
        }
    }

    private NotFoundException notFound(RecordType type, long id) {
        return new NotFoundException(texts.get("evidence.record.notFound", type.path(), id));
    }
}
