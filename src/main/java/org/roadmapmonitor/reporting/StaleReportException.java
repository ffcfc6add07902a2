package org.roadmapmonitor.reporting;

import java.util.List;
import org.roadmapmonitor.shared.StaleException;

/** Someone saved the report since the caller loaded it; saving now would overwrite their work. */
public class StaleReportException extends StaleException {
    private final List<String> changes;

    public StaleReportException(ProgressReport report, long expected, List<String> changes) {
        super("report.stale", expected, report.revision(), changes.isEmpty() ? "" : ": " + String.join("; ", changes));
        this.changes = List.copyOf(changes);
    }

    public List<String> changes() {
        return changes;
    }
}
