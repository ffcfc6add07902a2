package org.roadmapmonitor.publication.internal;

import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.reporting.ReportService;
import org.roadmapmonitor.reporting.ReportView;
import org.springframework.stereotype.Component;

/**
 * The published reports a document draws on, read through the reporting module's one reader as the public
 * reads them (the worker runs with nobody signed in): published copies only, never a draft.
 */
@Component
class PublishedReports {
    private final ReportService reports;

    PublishedReports(ReportService reports) {
        this.reports = reports;
    }

    /**
     * The published reports of the framework for the narrative period or range and (when it differs) the KPI period, of
     * one jurisdiction or (null) all, in the order the reporting module lists them.
     */
    List<ReportView> of(PublicationRequest request, String jurisdiction) {
        var periods = new ArrayList<String>();
        request.periods().forEach(p -> periods.add(p.code()));
        if (!periods.contains(request.valuesPeriod().code())) {
            periods.add(request.valuesPeriod().code());
        }
        var views = new ArrayList<ReportView>();
        for (String period : periods) {
            for (var r : reports.list(request.framework(), jurisdiction, period, null)) {
                views.add(reports.view(r.id()));
            }
        }
        return views;
    }
}
