package org.roadmapmonitor.framework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;

/**
 * Page edits change one part of a version's document and save the whole through the validated import, so
 * a page can never store what an imported file could not.
 */
final class DocumentEdits {
    private DocumentEdits() {}

    /**
     * Saves an edit made on a page through the validated import. A refusal (every problem, or someone else's
     * newer edit) goes into the model for the form to show again; returns whether it was saved.
     */
    static boolean save(
            FrameworkCatalogue catalogue,
            java.util.function.Supplier<FrameworkDocument> edit,
            long revision,
            org.springframework.ui.Model model) {
        try {
            catalogue.importDocument(edit.get(), FrameworkCatalogue.ImportMode.CREATE_OR_REPLACE, revision);
            return true;
        } catch (org.roadmapmonitor.shared.InvalidException e) {
            model.addAttribute("formProblems", e.problems());
        } catch (org.roadmapmonitor.shared.ConflictException e) {
            model.addAttribute("formError", e.getMessage());
        }
        return false;
    }

    static FrameworkDocument withObjectives(FrameworkDocument d, List<Objective> objectives) {
        return d.withObjectives(objectives);
    }

    static Objective withIndicators(Objective o, List<Indicator> indicators) {
        return new Objective(
                o.code(),
                o.number(),
                o.title(),
                o.description(),
                o.targetYear(),
                o.officialWording(),
                indicators,
                o.actions());
    }

    /** Replaces (or, with a null original code, appends) one objective, keeping its indicators. */
    static FrameworkDocument putObjective(FrameworkDocument d, String originalCode, Objective changed) {
        var list = new ArrayList<Objective>();
        boolean replaced = false;
        for (Objective o : d.objectives()) {
            if (o.code().equals(originalCode)) {
                // The form edits the objective's own fields; its indicators and actions stay as they were.
                list.add(withIndicators(changed, o.indicators()).withActions(o.actions()));
                replaced = true;
            } else {
                list.add(o);
            }
        }
        if (!replaced) {
            list.add(changed);
        }
        return withObjectives(d, list);
    }

    static FrameworkDocument removeObjective(FrameworkDocument d, String code) {
        return withObjectives(
                d, d.objectives().stream().filter(o -> !o.code().equals(code)).toList());
    }

    /** Puts an indicator under the given objective, replacing the one with the original code wherever it was. */
    static FrameworkDocument putIndicator(
            FrameworkDocument d, String originalCode, String objectiveCode, Indicator changed) {
        var list = new ArrayList<Objective>();
        for (Objective o : d.objectives()) {
            var indicators = new ArrayList<Indicator>();
            for (Indicator i : o.indicators()) {
                boolean isOriginal = i.code().equals(originalCode);
                if (isOriginal && o.code().equals(objectiveCode)) {
                    indicators.add(changed);
                } else if (!isOriginal) {
                    indicators.add(i);
                }
            }
            if (o.code().equals(objectiveCode) && indicators.stream().noneMatch(i -> i == changed)) {
                indicators.add(changed);
            }
            list.add(retag(withIndicators(o, indicators), originalCode, changed.code()));
        }
        return withObjectives(d, list);
    }

    static FrameworkDocument removeIndicator(FrameworkDocument d, String code) {
        return mapObjectives(
                d,
                o -> retag(
                        withIndicators(
                                o,
                                o.indicators().stream()
                                        .filter(i -> !i.code().equals(code))
                                        .toList()),
                        code,
                        null));
    }

    /** Actions follow their indicators: a renamed indicator keeps its tags, a removed one loses them. */
    static Objective retag(Objective o, String from, String to) {
        if (from == null || from.equals(to)) {
            return o;
        }
        return o.withActions(o.actions().stream()
                .map(a -> new FrameworkDocument.Action(
                        a.code(),
                        a.title(),
                        a.officialWording(),
                        a.indicators().stream()
                                .map(i -> i.equals(from) ? to : i)
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .toList());
    }

    private static FrameworkDocument mapObjectives(FrameworkDocument d, UnaryOperator<Objective> f) {
        return withObjectives(d, d.objectives().stream().map(f).toList());
    }
}
