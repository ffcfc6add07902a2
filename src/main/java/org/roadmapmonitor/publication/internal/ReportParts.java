package org.roadmapmonitor.publication.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.publication.RenderedDocument.Figure;
import org.roadmapmonitor.reporting.ReportView;
import org.roadmapmonitor.shared.Formats;
import org.roadmapmonitor.shared.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The parts every report document shares: a jurisdiction's narratives and values from its published reports,
 * the gender section, the annex of every value with its source and state, and the designation footnotes. Each
 * value printed is also recorded as a figure.
 */
@Component
class ReportParts {
    private final JurisdictionDirectory jurisdictions;
    private final Formats formats;

    ReportParts(JurisdictionDirectory jurisdictions, Formats formats) {
        this.jurisdictions = jurisdictions;
        this.formats = formats;
    }

    static String t(String key, Object... args) {
        return Texts.of(key, args);
    }

    Doc.Words words() {
        return new Doc.Words(
                t("publication.doc.contents"),
                t("publication.doc.page"),
                t("publication.doc.of"),
                t("publication.doc.footnotes"),
                t("publication.doc.generated", formats.dateTime(java.time.Instant.now())));
    }

    String number(BigDecimal value) {
        return value == null ? "" : formats.number(value);
    }

    /** One published value as printed: yes/no in words, a narrative's text, a number as the reader writes it. */
    static String shown(ReportView.IndicatorView i, String raw) {
        if (raw == null || raw.isBlank()) {
            return "—";
        }
        if (i.yesNo()) {
            return t(i.yes(raw) ? "publication.yes" : "publication.no");
        }
        return i.narrative() ? raw : i.shown(raw);
    }

    static String source(ReportView v) {
        return t(
                "publication.source.report",
                v.report().id(),
                v.report().period().code());
    }

    static String state(ReportView v) {
        return t("publication.state." + v.report().state().name());
    }

    static String figureKey(String indicator, String jurisdiction, String period, String disaggregation) {
        return indicator + "/" + jurisdiction + "/" + period + (disaggregation.isEmpty() ? "" : "/" + disaggregation);
    }

    /** The narratives and the total values of one jurisdiction's published reports, per objective. */
    List<Doc.Block> jurisdictionBlocks(List<ReportView> views, List<Figure> figures) {
        var blocks = new ArrayList<Doc.Block>();
        for (ReportView v : views) {
            blocks.addAll(narratives(v));
            if (v.hasValues()) {
                blocks.add(valuesTable(v, figures));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(new Doc.Text(t("publication.nothingPublished"), "muted"));
        }
        return blocks;
    }

    /** One objective's published narrative in a jurisdiction's report, as a document keeps it. */
    record ObjectiveNarrative(
            String jurisdiction,
            String period,
            String objective,
            String title,
            String progress,
            String challenges,
            String supportNeeded) {}

    /** The published narratives of a report, per objective (progress, challenges, support needed). */
    static List<Doc.Block> narratives(ReportView v) {
        return narrativeBlocks(narrativesOf(v), false);
    }

    /** The objectives of a report that have a narrative, in the framework's order. */
    static List<ObjectiveNarrative> narrativesOf(ReportView v) {
        var list = new ArrayList<ObjectiveNarrative>();
        if (!v.hasNarratives()) {
            return list;
        }
        for (var o : v.objectives()) {
            var n = o.narrative();
            if (n != null && !n.isEmpty()) {
                list.add(new ObjectiveNarrative(
                        v.report().jurisdiction(),
                        v.report().period().code(),
                        o.objective().code(),
                        o.objective().title(),
                        n.progress(),
                        n.challenges(),
                        n.supportNeeded()));
            }
        }
        return list;
    }

    /** Narratives as paragraphs under their objective; with {@code withPeriod}, each heading names its period. */
    static List<Doc.Block> narrativeBlocks(List<ObjectiveNarrative> narratives, boolean withPeriod) {
        var blocks = new ArrayList<Doc.Block>();
        for (var n : narratives) {
            blocks.add(new Doc.Text(
                    n.objective() + " " + n.title() + (withPeriod ? " (" + n.period() + ")" : ""), "strong"));
            for (var part : List.of(
                    List.of("publication.narrative.progress", Objects.toString(n.progress(), "")),
                    List.of("publication.narrative.challenges", Objects.toString(n.challenges(), "")),
                    List.of("publication.narrative.support", Objects.toString(n.supportNeeded(), "")))) {
                if (!part.get(1).isBlank()) {
                    blocks.add(Doc.Text.plain(t(part.get(0)) + ": " + part.get(1)));
                }
            }
        }
        return blocks;
    }

    private Doc.Table valuesTable(ReportView v, List<Figure> figures) {
        var rows = new ArrayList<List<Doc.Cell>>();
        String j = v.report().jurisdiction();
        String period = v.report().period().code();
        for (var o : v.objectives()) {
            for (var i : o.indicators()) {
                var total = i.cells().get(0);
                rows.add(List.of(
                        Doc.Cell.text(i.indicator().code()),
                        Doc.Cell.text(i.indicator().title()),
                        cell(i, total),
                        Doc.Cell.text(i.baseline()),
                        Doc.Cell.text(i.target())));
                if (raw(total) != null) {
                    figures.add(new Figure(figureKey(i.indicator().code(), j, period, ""), raw(total), source(v)));
                }
            }
        }
        return new Doc.Table(
                j + " " + period,
                t("publication.table.values", jurisdictionName(j), period),
                List.of(
                        t("publication.col.indicator"),
                        t("publication.col.title"),
                        t("publication.col.value"),
                        t("publication.col.baseline"),
                        t("publication.col.target")),
                List.of(false, false, true, false, false),
                rows);
    }

    /**
     * A published value in neutral form: the value, or for a ratio stored as numerator and denominator
     * {@code n/d}.
     */
    static String raw(ReportView.Cell c) {
        if (c.value() != null) {
            return c.value();
        }
        return c.numerator() != null && c.denominator() != null ? c.numerator() + "/" + c.denominator() : null;
    }

    private Doc.Cell cell(ReportView.IndicatorView i, ReportView.Cell c) {
        String raw = c.value();
        if (raw == null && raw(c) != null) {
            var d = new BigDecimal(c.denominator());
            return Doc.Cell.text(
                    d.signum() == 0
                            ? raw(c)
                            : i.shown(new BigDecimal(c.numerator())
                                            .divide(d, 6, java.math.RoundingMode.HALF_EVEN)
                                            .toPlainString())
                                    + " (" + c.numerator() + " / " + c.denominator() + ")");
        }
        if (raw == null
                || i.narrative()
                || i.yesNo()
                || i.ratio()
                || i.indicator().type() == org.roadmapmonitor.framework.Vocabulary.IndicatorType.ORDINAL
                || !isNumber(raw)) {
            return Doc.Cell.text(shown(i, raw));
        }
        return Doc.Cell.number(formats.number(new BigDecimal(raw)), new BigDecimal(raw));
    }

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Values broken down by sex, for every jurisdiction shown; null when none was reported. */
    Doc.Table gender(List<ReportView> views, List<Figure> figures) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (ReportView v : views) {
            for (var o : v.objectives()) {
                for (var i : o.indicators()) {
                    for (var c : i.cells()) {
                        if (c.key().startsWith("sex=") && raw(c) != null) {
                            rows.add(List.of(
                                    Doc.Cell.text(jurisdictionName(v.report().jurisdiction())),
                                    Doc.Cell.text(i.indicator().code()),
                                    Doc.Cell.text(c.label()),
                                    cell(i, c),
                                    Doc.Cell.text(v.report().period().code())));
                            figures.add(new Figure(
                                    figureKey(
                                            i.indicator().code(),
                                            v.report().jurisdiction(),
                                            v.report().period().code(),
                                            c.key()),
                                    raw(c),
                                    source(v)));
                        }
                    }
                }
            }
        }
        return rows.isEmpty()
                ? null
                : new Doc.Table(
                        t("publication.sheet.gender"),
                        t("publication.section.gender"),
                        List.of(
                                t("publication.col.jurisdiction"),
                                t("publication.col.indicator"),
                                t("publication.col.disaggregation"),
                                t("publication.col.value"),
                                t("publication.col.period")),
                        List.of(false, false, false, true, false),
                        rows);
    }

    /** Every published value shown (totals and breakdowns), with the report it came from and its state. */
    Doc.Table annex(List<ReportView> views) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (ReportView v : views) {
            for (var o : v.objectives()) {
                for (var i : o.indicators()) {
                    for (var c : i.cells()) {
                        if (raw(c) == null) {
                            continue;
                        }
                        rows.add(List.of(
                                Doc.Cell.text(v.report().jurisdiction()),
                                Doc.Cell.text(v.report().period().code()),
                                Doc.Cell.text(i.indicator().code()),
                                Doc.Cell.text(c.total() ? t("publication.total") : c.label()),
                                cell(i, c),
                                Doc.Cell.text(source(v)),
                                Doc.Cell.text(state(v))));
                    }
                }
            }
        }
        return annexTable(rows);
    }

    /** The annex's table: jurisdiction, period, indicator, breakdown, value, source, state. */
    static Doc.Table annexTable(List<List<Doc.Cell>> rows) {
        return new Doc.Table(
                t("publication.sheet.annex"),
                t("publication.sheet.annex"),
                List.of(
                        t("publication.col.jurisdiction"),
                        t("publication.col.period"),
                        t("publication.col.indicator"),
                        t("publication.col.disaggregation"),
                        t("publication.col.value"),
                        t("publication.col.source"),
                        t("publication.col.state")),
                List.of(false, false, false, false, true, false, false),
                rows);
    }

    String jurisdictionName(String code) {
        return jurisdictions.find(code).map(Jurisdiction::displayName).orElse(code);
    }

    /** The designation footnotes of the jurisdictions shown, in the wording the framework chose. */
    List<String> footnotes(String framework, Collection<String> shown) {
        var convention = jurisdictions.convention(Designations.Owner.FRAMEWORK, framework);
        var list = shown.stream()
                .distinct()
                .map(jurisdictions::find)
                .flatMap(java.util.Optional::stream)
                .toList();
        return jurisdictions.footnotes(list, convention, LocaleContextHolder.getLocale()).stream()
                .map(f -> "* " + f.name() + ": " + f.footnote())
                .toList();
    }
}
