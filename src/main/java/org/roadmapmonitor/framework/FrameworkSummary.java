package org.roadmapmonitor.framework;

import java.util.List;
import org.roadmapmonitor.framework.Vocabulary.ObjectiveLabel;
import org.roadmapmonitor.framework.Vocabulary.VersionStatus;
import org.roadmapmonitor.shared.PeriodType;

/** A framework as listed: its identity and its versions, newest first. */
public record FrameworkSummary(
        String code,
        String name,
        String description,
        ObjectiveLabel objectiveLabel,
        String region,
        PeriodType reportingPeriodType,
        List<VersionSummary> versions) {

    public record VersionSummary(
            String version,
            String title,
            VersionStatus status,
            Integer startYear,
            Integer endYear,
            int objectives,
            int indicators,
            long revision) {}

    /** The version shown by default: the newest active one, else the newest. */
    public VersionSummary latest() {
        return versions.stream()
                .filter(v -> v.status() == VersionStatus.ACTIVE)
                .findFirst()
                .orElse(versions.isEmpty() ? null : versions.get(0));
    }
}
