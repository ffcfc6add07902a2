package org.roadmapmonitor.publication;

import java.time.Instant;
import java.util.Locale;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * A document asked for, where its job stands and, once it succeeded, its file. {@code failure} is the message
 * key of why a failed job failed; {@code reissueOf} the publication this one issues again from its kept inputs.
 */
public record Publication(
        long id,
        PublicationRequest request,
        Integer number,
        State state,
        int progress,
        String failure,
        String createdBy,
        Instant createdAt,
        Instant finishedAt,
        String sha256,
        Long reissueOf) {

    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public PublicationKind kind() {
        return request.kind();
    }

    public PublicationFormat format() {
        return request.format();
    }

    public PeriodCode period() {
        return request.period();
    }

    public Locale language() {
        return request.language();
    }

    public boolean finished() {
        return state == State.SUCCEEDED || state == State.FAILED;
    }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        return state == State.SUCCEEDED ? 100 : progress;
    }

    /**
     * e.g. {@code regional-report-WB-SALW-ROADMAP-2025S1-fr.pdf}, or for a range with the KPIs of another period
     * {@code regional-report-WB-SALW-ROADMAP-2025S1-2025S2-kpi-2025-en.xlsx}.
     */
    public String fileName() {
        String subject = request.fund() != null
                ? request.fund()
                : request.jurisdiction() != null ? request.jurisdiction() : request.framework();
        String periods = request.periodCode().replace(':', '-');
        if (request.kpiPeriod() != null && request.separateKpiPeriod()) {
            periods += "-kpi-" + request.kpiPeriod().code();
        }
        return kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + subject + "-" + periods + "-"
                + language().getLanguage() + "." + format().code();
    }
}
