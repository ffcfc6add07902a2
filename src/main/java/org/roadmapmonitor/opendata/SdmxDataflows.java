package org.roadmapmonitor.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkSummary;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.opendata.Sdmx.Code;
import org.roadmapmonitor.opendata.Sdmx.Codelist;
import org.roadmapmonitor.opendata.Sdmx.Component;
import org.roadmapmonitor.opendata.Sdmx.Dataflow;
import org.roadmapmonitor.opendata.Sdmx.Observation;
import org.roadmapmonitor.reporting.PublishedValues;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodType;
import org.roadmapmonitor.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SDMX dataflows of published figures: SDG 16.4.2 as the SDG Global Database's series {@code VC_ARM_SZTRACE}
 * (UN Member States only, by M49 code, in per cent, every other dimension of the SDG data structure at its
 * total), and one dataflow per framework with its indicators, jurisdictions and disaggregations. Observations
 * are read from published reports in pages and written as they come.
 */
@Service
public class SdmxDataflows {
    /** The dimensions of the IAEG-SDGs SDG data structure (SDG_DSD), in key order, without TIME_PERIOD. */
    static final List<String> SDG_DIMENSIONS = List.of(
            "FREQ",
            "REPORTING_TYPE",
            "SERIES",
            "REF_AREA",
            "SEX",
            "AGE",
            "URBANISATION",
            "INCOME_WEALTH_QUANTILE",
            "EDUCATION_LEV",
            "OCCUPATION",
            "CUST_BREAKDOWN",
            "COMPOSITE_BREAKDOWN",
            "DISABILITY_STATUS",
            "ACTIVITY",
            "PRODUCT");

    static final String SDG_FRAMEWORK = "SDG";
    static final String SDG_INDICATOR = "SDG-16.4.2";

    private final JdbcClient jdbc;
    private final JurisdictionDirectory jurisdictions;
    private final FrameworkCatalogue frameworks;
    private final PublishedValues published;

    public SdmxDataflows(
            JdbcClient jdbc,
            JurisdictionDirectory jurisdictions,
            FrameworkCatalogue frameworks,
            PublishedValues published) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.frameworks = frameworks;
        this.published = published;
    }

    /** SDG 16.4.2 first, then every framework's dataflow. */
    public List<Dataflow> all() {
        var all = new ArrayList<Dataflow>();
        all.add(sdg());
        frameworks.list().forEach(f -> all.add(framework(f)));
        return all;
    }

    public Dataflow dataflow(String id) {
        if (Sdmx.SDG_SERIES.equals(id)) {
            return sdg();
        }
        return frameworkOf(id)
                .map(this::framework)
                .orElseThrow(() -> new NotFoundException("opendata.sdmx.unknownDataflow", id));
    }

    /** The framework of a dataflow, by its SDMX id or by the framework's own code (which may hold dots). */
    private Optional<FrameworkSummary> frameworkOf(String dataflow) {
        return frameworks.list().stream()
                .filter(f -> f.code().equals(dataflow) || id(f.code()).equals(dataflow))
                .findFirst();
    }

    /** The dataflow's observations within the periods as SDMX-CSV 2.0, written as they are read. */
    @Transactional(readOnly = true)
    public void writeCsv(String id, SdmxPeriods periods, Writer out) throws IOException {
        Dataflow flow = dataflow(id);
        CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        var header = new ArrayList<String>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        flow.dimensions().forEach(d -> header.add(d.id()));
        header.add("TIME_PERIOD");
        header.add("OBS_VALUE");
        flow.attributes().forEach(a -> header.add(a.id()));
        csv.printRecord(header);
        observations(flow, periods, o -> {
            var row = new ArrayList<String>(header.size());
            row.add("dataflow");
            row.add(flow.reference());
            row.add("I");
            row.addAll(o.key());
            row.add(o.timePeriod());
            row.add(o.value());
            row.addAll(o.attributes());
            try {
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /** The observations of a dataflow, handed over one by one. */
    public void observations(Dataflow flow, SdmxPeriods periods, Consumer<Observation> each) {
        if (Sdmx.SDG_SERIES.equals(flow.id())) {
            sdgObservations(periods, each);
        } else {
            frameworkObservations(flow, periods, each);
        }
    }

    /** A published SDG 16.4.2 figure of a UN Member State: per cent, from its numerator and denominator. */
    public record SdgFigure(
            String jurisdiction,
            String m49,
            String year,
            BigDecimal percent,
            BigDecimal numerator,
            BigDecimal denominator) {}

    /** The published yearly SDG 16.4.2 totals of UN Member States with an M49 code, read in pages. */
    @Transactional(readOnly = true)
    public void sdgFigures(SdmxPeriods periods, Consumer<SdgFigure> each) {
        Map<String, String> m49 = memberAreas();
        published.forEach(SDG_FRAMEWORK, periods.from(), periods.to(), cell -> {
            String area = m49.get(cell.jurisdiction());
            BigDecimal percent = percent(cell);
            if (area != null
                    && cell.indicator().equals(SDG_INDICATOR)
                    && cell.disaggregation().isEmpty()
                    && percent != null
                    && cell.period().type() == PeriodType.YEARLY) {
                each.accept(new SdgFigure(
                        cell.jurisdiction(),
                        area,
                        cell.period().code(),
                        percent,
                        cell.numerator(),
                        cell.denominator()));
            }
        });
    }

    private void sdgObservations(SdmxPeriods periods, Consumer<Observation> each) {
        sdgFigures(periods, f -> {
            var key = new ArrayList<String>();
            for (String d : SDG_DIMENSIONS) {
                key.add(
                        switch (d) {
                            case "FREQ" -> "A";
                            case "REPORTING_TYPE" -> "N";
                            case "SERIES" -> Sdmx.SDG_SERIES;
                            case "REF_AREA" -> f.m49();
                            default -> Sdmx.TOTAL;
                        });
            }
            each.accept(new Observation(key, f.year(), f.percent().toPlainString(), List.of("PT", "0")));
        });
    }

    /** Per cent with one decimal, half up, as the SDG database publishes it: from the numerator and denominator. */
    static BigDecimal percent(PublishedValues.Cell cell) {
        if (cell.numerator() != null
                && cell.denominator() != null
                && cell.denominator().signum() != 0) {
            return cell.numerator()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(cell.denominator(), 1, RoundingMode.HALF_UP);
        }
        return cell.value() == null
                ? null
                : cell.value().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    private void frameworkObservations(Dataflow flow, SdmxPeriods periods, Consumer<Observation> each) {
        List<String> breakdowns = flow.dimensions().subList(3, flow.dimensions().size()).stream()
                .map(Component::id)
                .toList();
        String framework = frameworkOf(flow.id()).orElseThrow().code();
        published.forEach(framework, periods.from(), periods.to(), cell -> {
            if (cell.value() == null) {
                return; // a narrative or an empty cell: SDMX carries numbers
            }
            var parts = new LinkedHashMap<String, String>();
            breakdowns.forEach(b -> parts.put(b, Sdmx.TOTAL));
            if (!cell.disaggregation().isEmpty()) {
                for (String part : cell.disaggregation().split(";")) {
                    String[] kv = part.split("=", 2);
                    String dim = id(kv[0]);
                    if (!parts.containsKey(dim) || kv.length < 2) {
                        return; // a dimension the framework no longer declares: left out rather than mislabelled
                    }
                    parts.put(dim, id(kv[1]));
                }
            }
            var key = new ArrayList<String>();
            key.add(SdmxPeriods.frequency(cell.period()));
            key.add(id(cell.indicator()));
            key.add(id(cell.jurisdiction()));
            key.addAll(parts.values());
            each.accept(new Observation(
                    key,
                    SdmxPeriods.timePeriod(cell.period()),
                    cell.value().stripTrailingZeros().toPlainString(),
                    List.of(unit(cell.indicatorType()))));
        });
    }

    static String unit(String indicatorType) {
        return switch (indicatorType) {
            case "PERCENTAGE" -> "PT";
            case "RATIO" -> "RATIO";
            case "YES_NO" -> "BINARY";
            case "ORDINAL" -> "ORDINAL";
            case "MONEY" -> "CURRENCY";
            default -> "NUMBER";
        };
    }

    /** A code or dimension id made fit for SDMX's IDType. */
    static String id(String text) {
        return text.strip().toUpperCase().replaceAll("[^A-Z0-9_@$-]", "_");
    }

    private Dataflow sdg() {
        var dims = new ArrayList<Component>();
        for (String d : SDG_DIMENSIONS) {
            Codelist list = switch (d) {
                case "FREQ" -> codelist("CL_FREQ", List.of(code("A", "opendata.sdmx.freq.A")));
                case "REPORTING_TYPE" ->
                    codelist("CL_REPORTING_TYPE", List.of(code("N", "opendata.sdmx.reportingType.N")));
                case "SERIES" -> codelist("CL_SERIES", List.of(code(Sdmx.SDG_SERIES, "opendata.sdmx.series.sdg")));
                case "REF_AREA" -> areas();
                default -> codelist("CL_" + d, List.of(code(Sdmx.TOTAL, "opendata.sdmx.total")));
            };
            dims.add(component(d, list));
        }
        var attributes = List.of(
                component("UNIT_MEASURE", codelist("CL_UNIT_MEASURE", List.of(code("PT", "opendata.sdmx.unit.PT")))),
                component("UNIT_MULT", codelist("CL_UNIT_MULT", List.of(code("0", "opendata.sdmx.unitMult.0")))));
        return new Dataflow(Sdmx.SDG_SERIES, Texts.of("opendata.sdmx.series.sdg"), "SDG_DSD", dims, attributes);
    }

    private Dataflow framework(FrameworkSummary summary) {
        var series = new LinkedHashMap<String, Code>();
        var breakdowns = new LinkedHashMap<String, Map<String, Code>>();
        var names = new LinkedHashMap<String, String>();
        for (var v : summary.versions()) {
            FrameworkDocument doc = frameworks.document(summary.code(), v.version());
            doc.indicators().forEach(i -> series.putIfAbsent(id(i.code()), platform(i.code(), i.title())));
            for (var d : doc.dimensions()) {
                names.putIfAbsent(id(d.code()), d.name());
                var codes = breakdowns.computeIfAbsent(id(d.code()), k -> new LinkedHashMap<>());
                codes.putIfAbsent(Sdmx.TOTAL, new Code(Sdmx.TOTAL, Texts.of("opendata.sdmx.total")));
                d.categories().forEach(c -> codes.putIfAbsent(id(c.code()), platform(c.code(), c.name())));
            }
        }
        String f = id(summary.code());
        var dims = new ArrayList<Component>();
        dims.add(component(
                "FREQ",
                codelist(
                        "CL_FREQ_PERIODS",
                        List.of(
                                code("A", "opendata.sdmx.freq.A"),
                                code("S", "opendata.sdmx.freq.S"),
                                code("Q", "opendata.sdmx.freq.Q"),
                                code("M", "opendata.sdmx.freq.M")))));
        dims.add(component("SERIES", new Codelist("CL_SERIES_" + f, summary.name(), List.copyOf(series.values()))));
        dims.add(component(
                "REF_AREA",
                new Codelist(
                        "CL_JURISDICTION",
                        Texts.of("opendata.sdmx.dim.REF_AREA"),
                        jurisdictions.all().stream()
                                .map(j -> platform(j.code(), j.name()))
                                .toList())));
        breakdowns.forEach((dim, codes) -> dims.add(new Component(
                dim,
                names.get(dim),
                new Codelist("CL_" + f + "_" + dim, names.get(dim), List.copyOf(codes.values())))));
        var units = List.of("NUMBER", "PT", "RATIO", "BINARY", "ORDINAL", "CURRENCY").stream()
                .map(u -> code(u, "opendata.sdmx.unit." + u))
                .toList();
        var attributes = List.of(component("UNIT_MEASURE", codelist("CL_UNIT_MEASURE_ALL", units)));
        return new Dataflow(f, summary.name(), "DSD_" + f, dims, attributes);
    }

    /** The M49 codes of the UN Member States the platform knows, by jurisdiction code. */
    private Map<String, String> memberAreas() {
        Map<String, String> byIso = new LinkedHashMap<>();
        jdbc.sql("select iso_alpha2, m49 from sdmx_reference_area")
                .query((rs, i) -> byIso.put(rs.getString(1), rs.getString(2)))
                .list();
        var members = jurisdictions.unMemberStatesOnly(
                jurisdictions.all().stream()
                        .filter(j -> j.kind() == Jurisdiction.Kind.JURISDICTION)
                        .toList(),
                Jurisdiction::code);
        Map<String, String> areas = new LinkedHashMap<>();
        members.stream()
                .filter(j -> j.isoCode() != null && byIso.containsKey(j.isoCode()))
                .forEach(j -> areas.put(j.code(), byIso.get(j.isoCode())));
        return areas;
    }

    private Codelist areas() {
        var names = new LinkedHashMap<String, String>();
        jurisdictions.all().forEach(j -> names.put(j.code(), j.name()));
        var codes = memberAreas().entrySet().stream()
                .map(e -> new Code(e.getValue(), names.get(e.getKey())))
                .toList();
        return new Codelist("CL_AREA", Texts.of("opendata.sdmx.dim.REF_AREA"), codes);
    }

    private static Component component(String id, Codelist list) {
        return new Component(id, Texts.of("opendata.sdmx.dim." + id), list);
    }

    private static Codelist codelist(String id, List<Code> codes) {
        return new Codelist(id, Texts.of("opendata.sdmx.codelist", id), codes);
    }

    private static Code code(String id, String key) {
        return new Code(id, Texts.of(key));
    }

    /** A code for one of the platform's own codes, which keeps the original where IDType changed it. */
    private static Code platform(String original, String name) {
        String id = id(original);
        return new Code(id, name, id.equals(original) ? null : original);
    }
}
