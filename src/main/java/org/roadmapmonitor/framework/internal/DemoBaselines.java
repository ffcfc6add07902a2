package org.roadmapmonitor.framework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Baseline;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: illustrative 2018 baselines of the Western Balkans Roadmap 2024's first three KPIs. The
 * official figures are not public, so these invented ones never ship in the standard seed; a demo shows what
 * a baseline looks like. Loaded through the catalogue like any edit, and only into KPIs that have none.
 */
@Component
@Order(StartupOrder.DEMO_DATA)
class DemoBaselines implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoBaselines.class);
    static final String FRAMEWORK = "WB-SALW-ROADMAP";
    static final String VERSION = "2024";
    static final int YEAR = 2018;
    /** Levels per jurisdiction (AL, BA, XK, ME, MK, RS) on each KPI's ordinal scale: invented, for the demo. */
    static final Map<String, List<String>> LEVELS = Map.of(
            "KPI-1", List.of("2", "1", "2", "2", "1", "3"),
            "KPI-2", List.of("1", "0", "1", "1", "1", "1"),
            "KPI-3", List.of("1", "2", "2", "2", "1", "1"));

    static final List<String> JURISDICTIONS = List.of("AL", "BA", "XK", "ME", "MK", "RS");

    private final DemoMode demo;
    private final FrameworkCatalogue catalogue;
    private final FrameworkRepository repository;

    DemoBaselines(DemoMode demo, FrameworkCatalogue catalogue, FrameworkRepository repository) {
        this.demo = demo;
        this.catalogue = catalogue;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !repository.versionExists(FRAMEWORK, VERSION)) {
            return;
        }
        SystemActor.run(() -> {
            FrameworkDocument doc = catalogue.document(FRAMEWORK, VERSION);
            FrameworkDocument withBaselines = withDemoBaselines(doc);
            if (withBaselines != doc) {
                catalogue.importDocument(
                        withBaselines,
                        FrameworkCatalogue.ImportMode.CREATE_OR_REPLACE,
                        catalogue.revision(FRAMEWORK, VERSION));
                log.info("Demo mode: illustrative {} baselines loaded into {} {}", YEAR, FRAMEWORK, VERSION);
            }
        });
    }

    /** The document with the demo baselines in each of the three KPIs that has none (the same one if none lack). */
    static FrameworkDocument withDemoBaselines(FrameworkDocument doc) {
        boolean changed = false;
        List<FrameworkDocument.Objective> objectives = new ArrayList<>();
        for (var o : doc.objectives()) {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : o.indicators()) {
                if (LEVELS.containsKey(i.code()) && i.baselines().isEmpty()) {
                    indicators.add(withBaselines(i, LEVELS.get(i.code())));
                    changed = true;
                } else {
                    indicators.add(i);
                }
            }
            objectives.add(new FrameworkDocument.Objective(
                    o.code(),
                    o.number(),
                    o.title(),
                    o.description(),
                    o.targetYear(),
                    o.officialWording(),
                    indicators,
                    o.actions()));
        }
        return changed ? doc.withObjectives(objectives) : doc;
    }

    private static Indicator withBaselines(Indicator i, List<String> levels) {
        List<Baseline> baselines = new ArrayList<>();
        for (int j = 0; j < JURISDICTIONS.size(); j++) {
            baselines.add(new Baseline(JURISDICTIONS.get(j), YEAR, new BigDecimal(levels.get(j))));
        }
        return new Indicator(
                i.code(),
                i.title(),
                i.definition(),
                i.type(),
                i.unit(),
                i.aggregation(),
                i.aggregationCondition(),
                i.levels(),
                i.disaggregations(),
                i.valueSource(),
                i.formula(),
                i.dataSource(),
                i.frequency(),
                i.officialWording(),
                i.validation(),
                baselines,
                i.targets(),
                i.crosswalks());
    }
}
