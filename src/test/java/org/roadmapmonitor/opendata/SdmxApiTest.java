package org.roadmapmonitor.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * SDG 16.4.2 and a framework's published values as SDMX-CSV 2.0, parsed back with Commons CSV and every key
 * checked against the code lists of the SDMX-ML structure the API serves.
 */
@IntegrationTest
class SdmxApiTest {
    static final List<String> WB_MEMBER_STATES_M49 = List.of("008", "070", "499", "688", "807");

    @LocalServerPort
    int port;

    /** The demo publishes the Western Balkans' figures once its evidence is imported, in the background. */
    static List<CSVRecord> sdgRows(int port, String query) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        List<CSVRecord> rows;
        do {
            rows = csv(Http.api(port)
                    .get("/api/v1/sdmx/data/VC_ARM_SZTRACE" + query)
                    .body());
            Set<String> areas = new HashSet<>();
            rows.forEach(r -> areas.add(r.get("REF_AREA")));
            if (areas.containsAll(WB_MEMBER_STATES_M49)) {
                return rows;
            }
            Thread.sleep(1000);
        } while (System.nanoTime() < until);
        return rows;
    }

    static List<CSVRecord> csv(String body) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(body))
                .getRecords();
    }

    @Test
    void sdgSeriesHasTheWesternBalkansMemberStatesByM49InPercentWithEveryKeyInTheCodeLists() throws Exception {
        var rows = sdgRows(port, "");
        var res = Http.api(port).get("/api/v1/sdmx/data/VC_ARM_SZTRACE");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.sdmx.data+csv");
        String header = res.body().lines().findFirst().orElseThrow();
        assertThat(header)
                .isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,"
                        + "INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,"
                        + "DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT");
        assertThat(rows).isNotEmpty();
        var lists = codelists("/api/v1/sdmx/structure/dataflow/VC_ARM_SZTRACE");
        checkKeys(rows, lists);
        Set<String> areas = new HashSet<>();
        for (CSVRecord r : rows) {
            areas.add(r.get("REF_AREA"));
            assertThat(r.get("STRUCTURE")).isEqualTo("dataflow");
            assertThat(r.get("STRUCTURE_ID")).isEqualTo("ROADMAP_MONITOR:VC_ARM_SZTRACE(1.0)");
            assertThat(r.get("ACTION")).isEqualTo("I");
            assertThat(r.get("SERIES")).isEqualTo("VC_ARM_SZTRACE");
            assertThat(r.get("UNIT_MEASURE")).isEqualTo("PT");
            assertThat(r.get("SEX")).isEqualTo("_T");
            assertThat(r.get("TIME_PERIOD")).matches("\\d{4}");
            assertThat(new BigDecimal(r.get("OBS_VALUE"))).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
        // Kosovo (no M49 code, not a Member State) is never in the series; the five Member States are.
        assertThat(areas).containsAll(WB_MEMBER_STATES_M49);
        assertThat(lists.get("REF_AREA")).doesNotContain("XK");
    }

    @Test
    void thePublishedFigureIsTheEvidenceFigureInPercentWithOneDecimal() throws Exception {
        var rows = sdgRows(port, "?startPeriod=2019&endPeriod=2019");
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("TIME_PERIOD")).isEqualTo("2019"));
        var serbia = rows.stream()
                .filter(r -> r.get("REF_AREA").equals("688"))
                .findFirst()
                .orElseThrow();
        var evidence = JsonMapper.builder()
                .build()
                .readTree(Http.api(port)
                        .basic("secretariat@demo", "demo")
                        .get("/api/v1/sdg/16.4.2?jurisdiction=RS&period=2019")
                        .body());
        BigDecimal expected = BigDecimal.valueOf(evidence.get("numerator").asLong())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(evidence.get("denominator").asLong()), 1, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(serbia.get("OBS_VALUE"))).isEqualByComparingTo(expected);
    }

    @Test
    void aFrameworksPublishedValuesHaveItsOwnDataflowWithKeysInItsCodeLists() throws Exception {
        var res = Http.api(port).get("/api/v1/sdmx/data/WB-SALW-ROADMAP?startPeriod=2020&endPeriod=2021-S2");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        var rows = csv(res.body());
        assertThat(rows).isNotEmpty();
        checkKeys(rows, codelists("/api/v1/sdmx/structure/dataflow/WB-SALW-ROADMAP"));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("STRUCTURE_ID")).isEqualTo("ROADMAP_MONITOR:WB-SALW-ROADMAP(1.0)");
            assertThat(r.get("TIME_PERIOD")).matches("202[01](-S[12])?");
        });
        assertThat(rows.stream().map(r -> r.get("FREQ")).distinct()).contains("S");
    }

    @Test
    void anUnknownDataflowIsNotFoundAndAPeriodThatIsNotOneIsRefusedByName() {
        var missing = Http.api(port).get("/api/v1/sdmx/data/NOPE");
        assertThat(missing.statusCode()).isEqualTo(404);
        var bad = Http.api(port).get("/api/v1/sdmx/data/VC_ARM_SZTRACE?startPeriod=last-year");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("startPeriod");
        var list = Http.api(port).get("/api/v1/sdmx/structure/codelist/CL_AREA");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"688\"");
    }

    /** Every dimension and attribute column of every row holds a code of its component's code list. */
    private static void checkKeys(List<CSVRecord> rows, Map<String, Set<String>> lists) {
        for (CSVRecord r : rows) {
            for (var column : r.toMap().entrySet()) {
                if (lists.containsKey(column.getKey())) {
                    assertThat(lists.get(column.getKey()))
                            .as("%s of %s", column.getKey(), r)
                            .contains(column.getValue());
                }
            }
        }
        assertThat(lists).containsKeys("SERIES", "REF_AREA", "FREQ", "UNIT_MEASURE");
    }

    /** Component id → the codes of its code list, from the SDMX-ML structure message. */
    private Map<String, Set<String>> codelists(String path) throws Exception {
        var res = Http.api(port).get(path);
        assertThat(res.statusCode()).isEqualTo(200);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(res.body())));
        String str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
        Map<String, Set<String>> codes = new HashMap<>();
        var lists = doc.getElementsByTagNameNS(str, "Codelist");
        for (int i = 0; i < lists.getLength(); i++) {
            var list = (Element) lists.item(i);
            var set = new HashSet<String>();
            var cs = list.getElementsByTagNameNS(str, "Code");
            for (int j = 0; j < cs.getLength(); j++) {
                set.add(((Element) cs.item(j)).getAttribute("id"));
            }
            codes.put(list.getAttribute("id"), set);
        }
        Map<String, Set<String>> byComponent = new HashMap<>();
        for (String kind : List.of("Dimension", "Attribute")) {
            var components = doc.getElementsByTagNameNS(str, kind);
            for (int i = 0; i < components.getLength(); i++) {
                var c = (Element) components.item(i);
                var ref = (Element)
                        ((Element) c.getElementsByTagNameNS(str, "Enumeration").item(0))
                                .getElementsByTagName("Ref")
                                .item(0);
                byComponent.put(c.getAttribute("id"), codes.get(ref.getAttribute("id")));
            }
        }
        return byComponent;
    }
}
