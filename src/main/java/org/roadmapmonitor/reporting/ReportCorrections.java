package org.roadmapmonitor.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.roadmapmonitor.reporting.internal.ContentRepository;
import org.roadmapmonitor.reporting.internal.ContentRepository.NarrativeRevision;
import org.roadmapmonitor.reporting.internal.ValueRepository;
import org.roadmapmonitor.reporting.internal.ValueRepository.Revision;
import org.springframework.stereotype.Service;

/**
 * What a correction changed since the report was last returned: each value, comment and narrative part,
 * from what it was at the return to what it is now. The reviewer of a resubmitted report reads it on the
 * report page; the workflow refuses a resubmission that corrected nothing.
 */
@Service
public class ReportCorrections {
    private final ValueRepository values;
    private final ContentRepository content;

    ReportCorrections(ValueRepository values, ContentRepository content) {
        this.values = values;
        this.content = content;
    }

    /** One changed thing: a value or comment (target "KPI-5" or "KPI-5 [sex=female]") or a narrative part. */
    public record Correction(Kind kind, String target, String before, String after) {
        public enum Kind {
            VALUE,
            COMMENT,
            PROGRESS,
            CHALLENGES,
            SUPPORT
        }
    }

    /** The changes since the last return, oldest first; empty if the report was never returned. */
    List<Correction> sinceLastReturn(ProgressReport r) {
        var since = content.lastReturn(r.id());
        if (since.isEmpty()) {
            return List.of();
        }
        return changesAfter(values.revisions(r.id()), content.narrativeRevisions(r.id()), since.get());
    }

    /** Every change of a narrative, newest first, for the report's history. */
    List<NarrativeRevision> narrativeHistory(ProgressReport r) {
        return content.narrativeRevisions(r.id());
    }

    static List<Correction> changesAfter(List<Revision> valueRevisions, List<NarrativeRevision> narratives, Instant t) {
        // Revisions come newest first: walking them oldest first, keep the first "before" and the last "after".
        var first = new LinkedHashMap<String, String[]>();
        var kinds = new LinkedHashMap<String, Correction.Kind>();
        for (int i = valueRevisions.size() - 1; i >= 0; i--) {
            Revision v = valueRevisions.get(i);
            if (!v.at().isAfter(t)) {
                continue;
            }
            String target =
                    v.disaggregation().isEmpty() ? v.indicator() : v.indicator() + " [" + v.disaggregation() + "]";
            track(
                    first,
                    kinds,
                    Correction.Kind.VALUE,
                    target,
                    shown(v.oldValue(), v.oldText()),
                    shown(v.newValue(), v.newText()));
            track(first, kinds, Correction.Kind.COMMENT, target, v.oldComment(), v.newComment());
        }
        for (int i = narratives.size() - 1; i >= 0; i--) {
            NarrativeRevision n = narratives.get(i);
            if (!n.at().isAfter(t)) {
                continue;
            }
            track(
                    first,
                    kinds,
                    Correction.Kind.PROGRESS,
                    n.objective(),
                    n.before().progress(),
                    n.after().progress());
            track(
                    first,
                    kinds,
                    Correction.Kind.CHALLENGES,
                    n.objective(),
                    n.before().challenges(),
                    n.after().challenges());
            track(
                    first,
                    kinds,
                    Correction.Kind.SUPPORT,
                    n.objective(),
                    n.before().supportNeeded(),
                    n.after().supportNeeded());
        }
        var out = new ArrayList<Correction>();
        for (Map.Entry<String, String[]> e : first.entrySet()) {
            String[] beforeAfter = e.getValue();
            if (!Objects.equals(beforeAfter[0], beforeAfter[1])) {
                out.add(new Correction(
                        kinds.get(e.getKey()),
                        e.getKey().substring(e.getKey().indexOf(' ') + 1),
                        beforeAfter[0],
                        beforeAfter[1]));
            }
        }
        return out;
    }

    private static void track(
            Map<String, String[]> first,
            Map<String, Correction.Kind> kinds,
            Correction.Kind kind,
            String target,
            String before,
            String after) {
        if (Objects.equals(blank(before), blank(after))) {
            return;
        }
        String key = kind + " " + target;
        kinds.put(key, kind);
        first.computeIfAbsent(key, k -> new String[] {blank(before), null})[1] = blank(after);
    }

    private static String shown(BigDecimal value, String text) {
        return text != null ? text : value == null ? null : value.toPlainString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
