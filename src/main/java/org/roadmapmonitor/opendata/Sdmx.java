package org.roadmapmonitor.opendata;

import java.util.List;

/**
 * The SDMX model this platform publishes: dataflows, their data structures (dimensions in key order, then
 * attributes) and code lists. Identifiers follow SDMX's IDType ({@code [A-Za-z0-9_@$-]+}).
 */
public final class Sdmx {
    /** The maintenance agency of every artefact this platform defines. */
    public static final String AGENCY = "ROADMAP_MONITOR";

    public static final String VERSION = "1.0";

    /** The SDG series of indicator 16.4.2, as in the UN SDG Global Database. */
    public static final String SDG_SERIES = "VC_ARM_SZTRACE";

    /** The code every dimension takes when an observation is not broken down by it (SDMX's "total"). */
    public static final String TOTAL = "_T";

    private Sdmx() {}

    /**
     * A code; {@code platformCode} is the platform's own code when SDMX's IDType forced a different id
     * ({@code KPI-1.1} is {@code KPI-1_1}), null otherwise, so that a reader can map the data back.
     */
    public record Code(String id, String name, String platformCode) {
        public Code(String id, String name) {
            this(id, name, null);
        }
    }

    public record Codelist(String id, String name, List<Code> codes) {
        public boolean has(String code) {
            return codes.stream().anyMatch(c -> c.id().equals(code));
        }
    }

    /** A dimension or an attribute, coded by a code list. */
    public record Component(String id, String name, Codelist codelist) {}

    /**
     * A dataflow with its structure: the dimensions before {@code TIME_PERIOD}, in key order, then the attributes
     * after {@code OBS_VALUE}.
     */
    public record Dataflow(
            String id, String name, String structureId, List<Component> dimensions, List<Component> attributes) {
        /** The SDMX-CSV 2.0 value of {@code STRUCTURE_ID}: agency, id and version. */
        public String reference() {
            return AGENCY + ":" + id + "(" + VERSION + ")";
        }
    }

    /** One observation: the codes of the dimensions and attributes, in the dataflow's order. */
    public record Observation(List<String> key, String timePeriod, String value, List<String> attributes) {}
}
