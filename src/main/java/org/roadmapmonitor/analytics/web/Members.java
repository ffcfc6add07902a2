package org.roadmapmonitor.analytics.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.jurisdiction.Membership;
import org.springframework.context.i18n.LocaleContextHolder;

/** The jurisdictions the analytics pages show for a framework: its members (not partners or observers). */
final class Members {
    private Members() {}

    /** The framework's member jurisdictions, in tree order (two queries, whatever their number). */
    static List<Jurisdiction> of(JurisdictionDirectory jurisdictions, String framework) {
        Set<String> codes = jurisdictions.membershipsOfFramework(framework).stream()
                .filter(m -> m.role() == Membership.Role.MEMBER)
                .map(Membership::jurisdiction)
                .collect(Collectors.toSet());
        return jurisdictions.forFramework(framework).stream()
                .filter(j -> codes.contains(j.code()) && j.kind() != Jurisdiction.Kind.REGION)
                .toList();
    }

    /** The designation footnotes of the jurisdictions shown, in the framework's wording and the reader's language. */
    static List<Designations.Footnote> footnotes(
            JurisdictionDirectory jurisdictions, String framework, List<Jurisdiction> shown) {
        return jurisdictions.footnotes(
                shown,
                jurisdictions.convention(Designations.Owner.FRAMEWORK, framework),
                LocaleContextHolder.getLocale());
    }
}
