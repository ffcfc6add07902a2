package org.roadmapmonitor.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Baseline;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;
import org.roadmapmonitor.framework.FrameworkSummary;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.jurisdiction.Membership;
import org.roadmapmonitor.shared.NotFoundException;

/**
 * A framework as analytics reads it: every indicator code of its published versions (each defined by the newest
 * version that has it, so a KPI dropped in Roadmap 2030 keeps its Roadmap 2024 history), its member
 * jurisdictions and its region. Built with a fixed number of queries, whatever the number of jurisdictions.
 */
record Scope(
        FrameworkSummary summary,
        FrameworkDocument latest,
        Map<String, Definition> indicators,
        List<Jurisdiction> members,
        Optional<Jurisdiction> region) {

    /**
     * An indicator and the objective and version it is defined in; {@code baselines} are its own, completed by
     * those an earlier version gave for jurisdictions it leaves without one (Roadmap 2030 keeps the 2018
     * baseline of Roadmap 2024).
     */
    record Definition(Indicator indicator, Objective objective, String version, List<Baseline> baselines) {
        Definition(Indicator indicator, Objective objective, String version) {
            this(indicator, objective, version, indicator.baselines() == null ? List.of() : indicator.baselines());
        }

        Definition withEarlierBaselines(Indicator earlier) {
            if (earlier.baselines() == null || earlier.baselines().isEmpty()) {
                return this;
            }
            var merged = new ArrayList<>(baselines);
            for (Baseline b : earlier.baselines()) {
                if (merged.stream().noneMatch(m -> m.jurisdiction().equals(b.jurisdiction()))) {
                    merged.add(b);
                }
            }
            return new Definition(indicator, objective, version, List.copyOf(merged));
        }

        Vocabulary.Aggregation rule() {
            return indicator.aggregation() == null ? Vocabulary.Aggregation.NONE : indicator.aggregation();
        }

        Condition condition() {
            return Condition.parse(indicator.aggregationCondition());
        }

        String source() {
            if (indicator.valueSource() != Vocabulary.ValueSource.DERIVED || indicator.formula() == null) {
                return "reported";
            }
            return indicator.formula().startsWith("evidence:") ? indicator.formula() : "formula";
        }
    }

    static Scope of(String framework, FrameworkCatalogue frameworks, JurisdictionDirectory jurisdictions) {
        FrameworkSummary summary = frameworks.summary(framework).withoutDrafts();
        if (summary.latest() == null) {
            throw new NotFoundException("framework.noVersionYet", framework);
        }
        FrameworkDocument latest =
                frameworks.document(summary.code(), summary.latest().version());
        var indicators = new LinkedHashMap<String, Definition>();
        add(indicators, latest);
        for (var v : summary.versions()) {
            if (!v.version().equals(latest.version())) {
                add(indicators, frameworks.document(summary.code(), v.version()));
            }
        }
        Set<String> memberCodes = jurisdictions.membershipsOfFramework(summary.code()).stream()
                .filter(m -> m.role() == Membership.Role.MEMBER)
                .map(Membership::jurisdiction)
                .collect(Collectors.toSet());
        List<Jurisdiction> members = jurisdictions.forFramework(summary.code()).stream()
                .filter(j -> memberCodes.contains(j.code()) && j.kind() != Jurisdiction.Kind.REGION)
                .toList();
        Optional<Jurisdiction> region =
                latest.region() == null ? Optional.empty() : jurisdictions.find(latest.region());
        return new Scope(summary, latest, indicators, members, region);
    }

    private static void add(Map<String, Definition> into, FrameworkDocument doc) {
        for (Objective o : doc.objectives()) {
            for (Indicator i : o.indicators()) {
                if (i.type() != Vocabulary.IndicatorType.NARRATIVE) {
                    Definition newer = into.get(i.code());
                    into.put(
                            i.code(),
                            newer == null ? new Definition(i, o, doc.version()) : newer.withEarlierBaselines(i));
                }
            }
        }
    }

    /** The members under a region (by its materialised path), in tree order. */
    List<String> membersUnder(Jurisdiction region) {
        return members.stream()
                .filter(j -> j.path().startsWith(region.path()))
                .map(Jurisdiction::code)
                .toList();
    }

    boolean isMember(String code) {
        return members.stream().anyMatch(j -> j.code().equals(code));
    }
}
