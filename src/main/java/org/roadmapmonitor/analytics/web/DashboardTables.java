package org.roadmapmonitor.analytics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.analytics.Dashboard;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as files, headed in the reader's language: the KPIs' latest values, the jurisdiction
 * × KPI matrix of statuses, every trend, and the reporting compliance. Values are written as numbers (ratios as
 * proportions, as in the API), statuses as words; rows are written as they are produced.
 */
@Component
class DashboardTables {
    enum Table {
        KPIS,
        MATRIX,
        TRENDS,
        COMPLIANCE;

        static Optional<Table> byName(String name) {
            return Arrays.stream(values()).filter(t -> t.slug().equals(name)).findFirst();
        }

        String slug() {
            return name().toLowerCase();
        }
    }

    private final Figures figures;

    DashboardTables(Figures figures) {
        this.figures = figures;
    }

    void write(Dashboard d, List<Dashboard.Compliance> periods, Table table, boolean xlsx, OutputStream out)
            throws IOException {
        List<String> headings = headings(d, table);
        try (var sheet = xlsx
                ? SpreadsheetTable.xlsx(out, Texts.of("analytics.table." + table.slug()), headings)
                : SpreadsheetTable.csv(out, headings)) {
            switch (table) {
                case KPIS -> kpis(d, sheet);
                case MATRIX -> matrix(d, sheet);
                case TRENDS -> trends(d, sheet);
                case COMPLIANCE -> compliance(periods, sheet);
            }
        }
    }

    private static List<String> headings(Dashboard d, Table table) {
        return switch (table) {
            case KPIS ->
                keys(
                        "indicator",
                        "title",
                        "jurisdiction",
                        "period",
                        "value",
                        "numerator",
                        "denominator",
                        "baseline",
                        "target",
                        "progress",
                        "status",
                        "missing",
                        "working");
            case MATRIX -> {
                var h = new ArrayList<>(keys("jurisdiction"));
                d.kpis().forEach(k -> h.add(k.indicator().code()));
                yield h;
            }
            case TRENDS ->
                keys("indicator", "jurisdiction", "period", "value", "numerator", "denominator", "missing", "working");
            case COMPLIANCE -> keys("period", "jurisdiction", "state", "published", "due", "overdue");
        };
    }

    private static List<String> keys(String... columns) {
        return Arrays.stream(columns)
                .map(c -> Texts.of("analytics.column." + c))
                .toList();
    }

    private void kpis(Dashboard d, SpreadsheetTable sheet) throws IOException {
        for (var k : d.kpis()) {
            var rows = new ArrayList<AnalyticsRow>();
            if (k.regional() != null) {
                rows.add(k.regional());
            }
            rows.addAll(k.lines());
            for (AnalyticsRow r : rows) {
                sheet.add(Arrays.asList(
                        r.indicator(),
                        k.indicator().title(),
                        r.jurisdiction(),
                        r.period(),
                        r.value(),
                        r.numerator(),
                        r.denominator(),
                        r.baseline(),
                        r.target(),
                        r.progress(),
                        figures.status(d.scale(), r.status()),
                        String.join(" ", r.missing()),
                        r.working() ? Texts.of("analytics.working") : ""));
            }
        }
    }

    private void matrix(Dashboard d, SpreadsheetTable sheet) throws IOException {
        for (Jurisdiction j : d.members()) {
            var cells = new ArrayList<Object>();
            cells.add(j.shortName());
            for (var k : d.kpis()) {
                cells.add(figures.status(
                        d.scale(), k.line(j.code()).map(AnalyticsRow::status).orElse(null)));
            }
            sheet.add(cells);
        }
    }

    private static void trends(Dashboard d, SpreadsheetTable sheet) throws IOException {
        for (var k : d.kpis()) {
            for (AnalyticsRow r : k.trend()) {
                sheet.add(Arrays.asList(
                        r.indicator(),
                        r.jurisdiction(),
                        r.period(),
                        r.value(),
                        r.numerator(),
                        r.denominator(),
                        String.join(" ", r.missing()),
                        r.working() ? Texts.of("analytics.working") : ""));
            }
        }
    }

    private static void compliance(List<Dashboard.Compliance> periods, SpreadsheetTable sheet) throws IOException {
        for (var c : periods) {
            for (var l : c.lines()) {
                sheet.add(Arrays.asList(
                        c.period().period().code(),
                        l.jurisdiction().code(),
                        l.standing().state() == null
                                ? ""
                                : Texts.of("report.state." + l.standing().state()),
                        l.standing().published() ? Texts.of("analytics.yes") : Texts.of("analytics.no"),
                        l.due() == null ? "" : l.due().toString(),
                        l.overdue() ? Texts.of("analytics.yes") : Texts.of("analytics.no")));
            }
        }
    }
}
