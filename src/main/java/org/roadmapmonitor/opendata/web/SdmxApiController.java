package org.roadmapmonitor.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.roadmapmonitor.opendata.Sdmx;
import org.roadmapmonitor.opendata.SdmxDataflows;
import org.roadmapmonitor.opendata.SdmxPeriods;
import org.roadmapmonitor.opendata.internal.StructureMessage;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Texts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sdmx")
@Tag(name = "SDMX", description = "Published figures the SDMX REST way: SDMX-CSV 2.0 data, SDMX-ML 2.1 structures")
class SdmxApiController {
    static final String CSV = "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8";
    static final String STRUCTURE = "application/vnd.sdmx.structure+xml; version=2.1";

    private final SdmxDataflows dataflows;
    private final Clock clock;

    SdmxApiController(SdmxDataflows dataflows, Clock clock) {
        this.dataflows = dataflows;
        this.clock = clock;
    }

    @GetMapping("/data/{dataflow}")
    @Operation(
            summary = "A dataflow's published observations as SDMX-CSV 2.0: VC_ARM_SZTRACE (SDG 16.4.2, UN Member"
                    + " States by M49 code, per cent) or a framework's code; startPeriod and endPeriod"
                    + " (2024, 2024-S1, 2024-Q3, 2024-05) limit the periods")
    void data(
            @PathVariable String dataflow,
            @RequestParam(required = false) String startPeriod,
            @RequestParam(required = false) String endPeriod,
            HttpServletResponse res)
            throws IOException {
        var flow = dataflows.dataflow(dataflow);
        var periods = SdmxPeriods.of(startPeriod, endPeriod);
        res.setContentType(CSV);
        res.setHeader("Content-Disposition", "inline; filename=\"" + flow.id() + ".csv\"");
        var out = new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8);
        dataflows.writeCsv(flow.id(), periods, out);
        out.flush();
    }

    @GetMapping("/structure/dataflow")
    @Operation(summary = "Every dataflow with its data structure, code lists and concepts (SDMX-ML 2.1)")
    void allStructures(HttpServletResponse res, Locale locale) throws IOException {
        structure(dataflows.all(), res, locale);
    }

    @GetMapping("/structure/dataflow/{dataflow}")
    @Operation(summary = "One dataflow with its data structure, code lists and concepts (SDMX-ML 2.1)")
    void oneStructure(@PathVariable String dataflow, HttpServletResponse res, Locale locale) throws IOException {
        structure(List.of(dataflows.dataflow(dataflow)), res, locale);
    }

    @GetMapping("/structure/codelist/{codelist}")
    @Operation(summary = "One code list (SDMX-ML 2.1), e.g. CL_AREA: the M49 codes of SDG 16.4.2's areas")
    void codelist(@PathVariable String codelist, HttpServletResponse res, Locale locale) throws IOException {
        var list = dataflows.all().stream()
                .flatMap(f -> Stream.concat(f.dimensions().stream(), f.attributes().stream()))
                .map(Sdmx.Component::codelist)
                .filter(l -> l.id().equals(codelist))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("opendata.sdmx.unknownCodelist", codelist));
        res.setContentType(STRUCTURE);
        StructureMessage.write(list, locale.getLanguage(), clock.instant(), res.getOutputStream());
    }

    private void structure(List<Sdmx.Dataflow> flows, HttpServletResponse res, Locale locale) throws IOException {
        Map<String, String> concepts = new LinkedHashMap<>();
        concepts.put("", Texts.of("opendata.sdmx.concepts"));
        flows.forEach(f -> {
            f.dimensions().forEach(d -> concepts.putIfAbsent(d.id(), d.name()));
            f.attributes().forEach(a -> concepts.putIfAbsent(a.id(), a.name()));
        });
        concepts.put("TIME_PERIOD", Texts.of("opendata.sdmx.dim.TIME_PERIOD"));
        concepts.put("OBS_VALUE", Texts.of("opendata.sdmx.dim.OBS_VALUE"));
        res.setContentType(STRUCTURE);
        StructureMessage.write(flows, concepts, locale.getLanguage(), clock.instant(), res.getOutputStream());
    }
}
