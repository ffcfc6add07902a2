package org.roadmapmonitor.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open-data catalogue and every download it lists, read back by real parsers; drafts never appear. */
@IntegrationTest
class OpenDataApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theCatalogueListsEveryPublishedDatasetWithALicenceAndThreeDownloadsThatParse() throws Exception {
        SdmxApiTest.sdgRows(port, "");
        var res = Http.api(port).get("/api/v1/open-data/catalog");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode catalog = JSON.readTree(res.body());
        var ids = new ArrayList<String>();
        catalog.get("dataset").forEach(d -> ids.add(d.get("identifier").asString()));
        assertThat(ids)
                .contains(
                        "sdg-16-4-2",
                        "framework-values-WB-SALW-ROADMAP",
                        "framework-values-SDG",
                        "fund-status-SLW00",
                        "fund-transactions-SLW00");
        for (JsonNode d : catalog.get("dataset")) {
            String id = d.get("identifier").asString();
            assertThat(d.get("title").asString()).isNotBlank();
            assertThat(d.get("description").asString()).isNotBlank();
            assertThat(d.get("license").asString()).startsWith("https://creativecommons.org/licenses/by/4.0");
            assertThat(d.get("modified").isNull()).as(id).isFalse();
            assertThat(d.get("distribution")).hasSize(3);
            int[] rows = new int[3];
            int i = 0;
            for (JsonNode dist : d.get("distribution")) {
                String url = dist.get("downloadURL").asString();
                assertThat(url).startsWith("http://localhost:" + port + "/api/v1/open-data/datasets/" + id + ".");
                var file = Http.api(port).getBytes(url.substring(url.indexOf("/api/")));
                assertThat(file.statusCode()).as(url).isEqualTo(200);
                assertThat(file.headers().firstValue("Content-Type").orElse(""))
                        .startsWith(dist.get("mediaType").asString().split(";")[0]);
                rows[i++] = switch (dist.get("format").asString()) {
                    case "CSV" -> csv(file.body()).size();
                    case "XLSX" -> xlsx(file.body()).size() - 1;
                    default -> JSON.readTree(file.body()).get("rows").size();
                };
            }
            if (List.of("sdg-16-4-2", "framework-values-WB-SALW-ROADMAP", "fund-transactions-SLW00")
                    .contains(id)) {
                assertThat(rows[0]).as("rows of %s", id).isPositive();
            }
            assertThat(rows).as("rows of %s in CSV, XLSX and JSON", id).containsOnly(rows[0]);
        }
    }

    @Test
    void theSdgDatasetHasOnlyMemberStatesAndTheirPublishedFigures() throws Exception {
        SdmxApiTest.sdgRows(port, "");
        var rows = csv(Http.api(port)
                .getBytes("/api/v1/open-data/datasets/sdg-16-4-2.csv")
                .body());
        assertThat(rows.get(0).getParser().getHeaderNames())
                .containsExactly("jurisdiction", "ref_area_m49", "year", "value_percent", "numerator", "denominator");
        assertThat(rows.stream().map(r -> r.get("jurisdiction")).distinct())
                .containsExactlyInAnyOrder("AL", "BA", "ME", "MK", "RS");
    }

    @Test
    void aDraftsValuesNeverAppearInTheFrameworkDataset() throws Exception {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2117");
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        var created = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2117\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        String etag =
                editor.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow();
        var saved = editor.put(
                "/api/v1/reports/" + id + "/values", "[{\"indicator\": \"KPI-5\", \"value\": 12}]", "If-Match", etag);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        var rows = csv(Http.api(port)
                .getBytes("/api/v1/open-data/datasets/framework-values-WB-SALW-ROADMAP.csv")
                .body());
        assertThat(rows).isNotEmpty().noneMatch(r -> r.get("period").equals("2117"));
    }

    @Test
    void anUnknownDatasetIsNotFoundAndThePagesLinkTheDownloads() {
        assertThat(Http.api(port)
                        .get("/api/v1/open-data/datasets/nothing-here.csv")
                        .statusCode())
                .isEqualTo(404);
        var page = Http.api(port).get("/open-data");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("/api/v1/open-data/datasets/fund-transactions-SLW00.xlsx")
                .contains("/api/v1/open-data/catalog")
                .contains("/api/v1/sdmx/data/VC_ARM_SZTRACE");
        assertThat(Http.api(port).get("/").body()).contains("href=\"/open-data\"");
    }

    static List<CSVRecord> csv(byte[] body) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(body, java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
    }

    static List<Row> xlsx(byte[] body) throws Exception {
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return book.getFirstSheet().read();
        }
    }
}
