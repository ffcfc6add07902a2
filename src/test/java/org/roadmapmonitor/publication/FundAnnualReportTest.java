package org.roadmapmonitor.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.publication.PublishedFixture.JSON;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The fund's administrator, its donors and the secretariat generate its annual report; its money figures are the
 * funding status's.
 */
@IntegrationTest
class FundAnnualReportTest {
    @LocalServerPort
    int port;

    private static final String BODY = """
            {"kind": "FUND_ANNUAL_REPORT", "fund": "SLW00", "period": "2022", "format": "%s", "language": "en"}""";

    @Test
    void theReportShowsTheFundingStatusDonorsAndDeliveryOfTheYear() throws Exception {
        var fixture = new PublishedFixture(port);
        var admin = fixture.as("fund.admin@demo");
        long pdfId = fixture.request(admin, BODY.formatted("pdf"));
        long xlsxId = fixture.request(admin, BODY.formatted("xlsx"));
        assertThat(fixture.await(admin, pdfId).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(fixture.await(admin, xlsxId).get("state").asString()).isEqualTo("SUCCEEDED");

        JsonNode status = JSON.readTree(
                Http.api(port).get("/api/v1/funds/SLW00/status?asOf=2022-12-31").body());
        BigDecimal contributions = new BigDecimal(status.get("contributions").asString());
        BigDecimal transfers = new BigDecimal(status.get("transfers").asString());

        try (var doc = Loader.loadPDF(fixture.file(admin, pdfId))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Funding status", "Contributions by donor", "Money to results")
                    .contains(money(contributions), money(transfers));
        }
        List<BigDecimal> numbers = new ArrayList<>();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(fixture.file(admin, xlsxId)))) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets.stream().map(s -> s.getName())).contains("Funding status", "Donors", "Delivery");
            try (var rows = sheets.get(1).openStream()) {
                rows.forEach(r -> r.forEach(c -> {
                    if (c != null && c.getType() == CellType.NUMBER) {
                        numbers.add(c.asNumber());
                    }
                }));
            }
        }
        assertThat(numbers).anySatisfy(n -> assertThat(n).isEqualByComparingTo(contributions));

        var editor = fixture.as("editor.rs@demo").post("/api/v1/publications", BODY.formatted("pdf"));
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(editor.body()).contains("Only the administrator of the fund SLW00, its donors and the secretariat");
    }

    @Test
    void theSecretariatAndTheFundsDonorsGenerateItButNotItsParticipatingOrganisations() {
        var fixture = new PublishedFixture(port);
        for (String who : List.of("secretariat@demo", "donor@demo")) {
            var http = fixture.as(who);
            long id = fixture.request(http, BODY.formatted("xlsx"));
            assertThat(fixture.await(http, id).get("state").asString()).as(who).isEqualTo("SUCCEEDED");
        }
        var puno = fixture.as("puno.undp@demo").post("/api/v1/publications", BODY.formatted("pdf"));
        assertThat(puno.statusCode()).isEqualTo(403);
    }

    @Test
    void aKeptReportIsIssuedAgainInFrenchWithTheAmountsItUsedAfterADeposit() throws Exception {
        var fixture = new PublishedFixture(port);
        var admin = fixture.as("fund.admin@demo");
        String year = String.valueOf(LocalDate.now().getYear());
        String body = """
                {"kind": "FUND_ANNUAL_REPORT", "fund": "SLW00", "period": "%s", "format": "pdf", "language": "en"}""".formatted(year);
        long original = fixture.request(admin, body);
        assertThat(fixture.await(admin, original).get("state").asString()).isEqualTo("SUCCEEDED");
        Map<String, String> before = figures(admin, original);

        var deposit = admin.post(
                "/api/v1/funds/SLW00/deposits",
                "{\"donor\":\"SE\",\"date\":\"" + LocalDate.now() + "\",\"amount\":\"1000\",\"currency\":\"USD\"}");
        assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
        long fresh = fixture.request(admin, body);
        assertThat(fixture.await(admin, fresh).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(figures(admin, fresh).get("status/contributions"))
                .as("a new report counts the deposit")
                .isNotEqualTo(before.get("status/contributions"));

        var res = admin.post(
                "/api/v1/publications/" + original + "/reissue", "{\"format\": \"xlsx\", \"language\": \"fr\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long again = JSON.readTree(res.body()).get("id").asLong();
        assertThat(fixture.await(admin, again).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(figures(admin, again)).isEqualTo(before);
        List<BigDecimal> numbers = new ArrayList<>();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(fixture.file(admin, again)))) {
            var sheets = wb.getSheets().toList();
            var cover = new ArrayList<String>();
            try (var rows = sheets.get(0).openStream()) {
                rows.forEach(r -> r.forEach(c -> {
                    if (c != null && c.getText() != null) {
                        cover.add(c.getText());
                    }
                }));
            }
            assertThat(cover).contains("Période : " + year);
            try (var rows = sheets.get(1).openStream()) {
                rows.forEach(r -> r.forEach(c -> {
                    if (c != null && c.getType() == CellType.NUMBER) {
                        numbers.add(c.asNumber());
                    }
                }));
            }
        }
        assertThat(numbers).anySatisfy(n -> assertThat(n).isEqualByComparingTo(before.get("status/contributions")));
    }

    private static Map<String, String> figures(Http http, long id) {
        Map<String, String> used = new HashMap<>();
        JSON.readTree(http.get("/api/v1/publications/" + id + "/figures").body())
                .forEach(f -> used.put(f.get("key").asString(), f.get("value").asString()));
        return used;
    }

    private static String money(BigDecimal amount) {
        var f = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(4);
        return f.format(amount);
    }
}
