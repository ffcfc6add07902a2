package org.roadmapmonitor.reporting.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.reporting.ReportWorkflow;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.shared.DemoEvidenceLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the demo reports are written before the demo evidence has loaded (start-up does not wait for it),
 * with placeholder figures for their derived KPIs; once it has loaded, each demo report past its draft gets
 * them frozen from the records as submission, validation and publication would have, so that the demo reports
 * agree with the demo records (drafts show the computation anyway).
 */
@Component
class DemoDerivedValues {
    private static final Logger log = LoggerFactory.getLogger(DemoDerivedValues.class);

    private final JdbcClient jdbc;
    private final ReportRepository reports;
    private final ValueRepository values;
    private final ContentRepository content;
    private final PublicationRepository publications;
    private final FrameworkCatalogue frameworks;
    private final DerivedRefresh derived;
    private final Clock clock;

    DemoDerivedValues(
            JdbcClient jdbc,
            ReportRepository reports,
            ValueRepository values,
            ContentRepository content,
            PublicationRepository publications,
            FrameworkCatalogue frameworks,
            DerivedRefresh derived,
            Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.values = values;
        this.content = content;
        this.publications = publications;
        this.frameworks = frameworks;
        this.derived = derived;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void freeze(DemoEvidenceLoaded loaded) {
        var ids = jdbc.sql("select id from progress_report where demo and state <> 'DRAFT' order by id")
                .query(Long.class)
                .list();
        for (long id : ids) {
            var r = reports.find(id).orElseThrow();
            var doc = frameworks.document(r.framework(), r.version());
            derived.refresh(r, doc, "demo", clock.instant(), r.revision());
            var snapshot = new LinkedHashMap<String, String>();
            values.values(id)
                    .values()
                    .forEach(v -> snapshot.put(
                            ValueRules.keyOf(v.indicator(), v.disaggregation()), ReportWorkflow.display(v)));
            content.refreezeValidation(id, snapshot);
            publications.publishedAt(id).ifPresent(at -> publications.publish(id, at));
        }
        log.info("Demo mode: derived KPIs of {} demo reports frozen from the demo evidence", ids.size());
    }
}
