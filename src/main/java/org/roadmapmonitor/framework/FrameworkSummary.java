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
            long revision,
            PeriodType reportingPeriodType) {}

    /** The period types this framework's versions report by, plus whole years (KPI data and baselines). */
    public java.util.Set<PeriodType> periodTypes() {
        var types = java.util.EnumSet.of(PeriodType.YEARLY);
        versions.forEach(v -> types.add(v.reportingPeriodType()));
        return types;
    }

    public FrameworkSummary withoutDrafts() {
        return new FrameworkSummary(
                code,
                name,
                description,
                objectiveLabel,
                region,
                reportingPeriodType,
                versions.stream().filter(v -> v.status() != VersionStatus.DRAFT).toList());
    }

    /** The version shown by default: the newest active one, else the newest. */
    public VersionSummary latest() {
        return versions.stream()
                .filter(v -> v.status() == VersionStatus.ACTIVE)
                .findFirst()
                .orElse(versions.isEmpty() ? null : versions.get(0));
    }
}
