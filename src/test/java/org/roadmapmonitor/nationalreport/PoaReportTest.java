package org.roadmapmonitor.nationalreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.publication.DocumentRenderer;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PoA/ITI national report end to end: pre-filled from recorded weapons (Saint Vincent and the Grenadines,
 * 2010–2011, imported here), refused for Kosovo, Montserrat and regions, answered and reviewed with every bad
 * answer named, scoped like reports, audited, and read back from its PDF (PDFBox) and JSON.
 */
@IntegrationTest
class PoaReportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "event_ref,event_type,criminal_offence,event_date,jurisdiction,category,"
            + "serial_number,marking_status,antique,tracing_status,origin_established,origin_method\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<DocumentRenderer> renderers;

    private Http secretariat() {
        return Http.api(port).basic("secretariat@demo", "demo");
    }

    private Http editorRs() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    /** Saint Vincent's weapons of 2010 and 2011, once per test run. */
    private synchronized void vincentianWeapons() throws Exception {
        if (jdbc.sql("select count(*) from arms_event where event_ref like 'POA-VC-%'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        var res = secretariat().sendRaw("/api/v1/imports?type=weapon-items", "text/csv", HEADER + """
                POA-VC-1,SEIZED,true,2010-03-01,VC,PISTOL,VC-S1,UNIQUELY_MARKED,false,TRACED,true,TRACING
                POA-VC-1,SEIZED,true,2010-03-01,VC,PISTOL,VC-S2,UNIQUELY_MARKED,false,PENDING,false,
                POA-VC-2,FOUND,,2010-06-01,VC,RIFLE,,UNMARKED,false,NOT_ATTEMPTED,false,
                POA-VC-3,SURRENDERED,,2010-07-01,VC,PISTOL,VC-S3,UNIQUELY_MARKED,false,TRACED,true,COMPETENT_AUTHORITY
                POA-VC-4,SEIZED,false,2011-02-02,VC,PISTOL,VC-S4,UNIQUELY_MARKED,false,TRACED,true,TRACING
                POA-VC-5,SEIZED,true,2011-05-05,VC,RIFLE,VC-S5,UNIQUELY_MARKED,false,NOT_ATTEMPTED,false,
                """);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String state;
        do {
            Thread.sleep(200);
            state = JSON.readTree(secretariat().get("/api/v1/imports/" + id).body())
                    .get("state")
                    .asString();
        } while (!state.equals("SUCCEEDED") && !state.equals("FAILED") && System.nanoTime() < until);
        assertThat(state).isEqualTo("SUCCEEDED");
    }

    private JsonNode vincentianReport() throws Exception {
        vincentianWeapons();
        var existing = jdbc.sql("select id from poa_report where jurisdiction_code = 'VC' and cycle = 2012")
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return JSON.readTree(
                    secretariat().get("/api/v1/poa-reports/" + existing.get()).body());
        }
        var created = secretariat().post("/api/v1/poa-reports", "{\"jurisdiction\": \"VC\", \"cycle\": 2012}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    private static JsonNode question(JsonNode doc, String code) {
        for (JsonNode s : doc.get("sections")) {
            for (JsonNode q : s.get("questions")) {
                if (q.get("code").asString().equals(code)) {
                    return q;
                }
            }
        }
        throw new AssertionError("no question " + code);
    }

    @Test
    void aReportIsPrefilledFromTheRecordsOfItsTwoReportingYears() throws Exception {
        JsonNode doc = vincentianReport();
        assertThat(doc.get("format").asString()).isEqualTo("roadmap-monitor/poa-report@1");
        assertThat(doc.get("reportingYears").toString()).isEqualTo("[2010,2011]");
        assertThat(doc.get("sections")).hasSize(7);
        var years = doc.get("sdg").get("years");
        assertThat(years).hasSize(2);
        // 2010: two seized for a crime, one found, one surrendered; two origins established (tracing, authority).
        assertThat(years.get(0).get("numerator").asLong()).isEqualTo(2);
        assertThat(years.get(0).get("denominator").asLong()).isEqualTo(4);
        assertThat(years.get(0).get("value").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(years.get(0).get("byCompetentAuthority").asLong()).isEqualTo(1);
        // 2011: the administrative seizure stays out of the denominator.
        assertThat(years.get(1).get("denominator").asLong()).isEqualTo(1);
        assertThat(years.get(1).get("value").decimalValue()).isEqualByComparingTo("0.0");

        var records = question(doc, "RECORD_KEEPING");
        assertThat(records.get("prefilledAnswer").asString()).isEqualTo("YES");
        assertThat(records.get("basis").asString()).contains("6 weapons").contains("2010–2011");
        var marking = question(doc, "MARKING");
        assertThat(marking.get("prefilledAnswer").isNull()).isTrue();
        assertThat(marking.get("basis").asString()).contains("4 of the 5").contains("80.0 %");
        assertThat(question(doc, "SDG_DATA").get("answer").asString()).isEqualTo("YES");
        assertThat(question(doc, "ASSISTANCE_NEEDED").get("answer").isNull()).isTrue();
        assertThat(question(doc, "ACTION_PLAN").get("basis").asString()).contains("No national action plan");
    }

    @Test
    void onlyUnMemberStatesHaveAReportAndTheRefusalSaysWhy() {
        for (String place : List.of("XK", "MS", "WB")) {
            var res =
                    secretariat().post("/api/v1/poa-reports", "{\"jurisdiction\": \"" + place + "\", \"cycle\": 2026}");
            assertThat(res.statusCode()).as(place).isEqualTo(422);
            assertThat(res.body()).contains("jurisdiction").contains("not a UN Member State");
        }
        var xk = Http.api(port).basic("editor.xk@demo", "demo");
        var own = xk.post("/api/v1/poa-reports", "{\"jurisdiction\": \"XK\", \"cycle\": 2026}");
        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from poa_report where jurisdiction_code in ('XK', 'MS', 'WB')")
                        .query(Long.class)
                        .single())
                .isZero();
        var french = secretariat()
                .post("/api/v1/poa-reports", "{\"jurisdiction\": \"MS\", \"cycle\": 2026}", "Accept-Language", "fr");
        assertThat(french.body()).contains("n’est pas un État Membre de l’ONU");
    }

    @Test
    void answersAreCheckedAllAtOnceSavedAuditedAndScopedLikeReports() throws Exception {
        var created = editorRs().post("/api/v1/poa-reports", "{\"jurisdiction\": \"RS\", \"cycle\": 2026}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = JSON.readTree(created.body());
        long id = doc.get("id").asLong();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(question(doc, "COORDINATION_BODY").get("basis").asString()).contains("SALW Commission of Serbia");
        assertThat(question(doc, "ACTION_PLAN").get("basis").asString())
                .as("Serbia's approved plan, as recorded in the action plans")
                .contains("National SALW Control Action Plan 2025–2030");
        assertThat(question(doc, "ACTION_PLAN").get("answer").asString()).isEqualTo("YES");
        assertThat(editorRs()
                        .post("/api/v1/poa-reports", "{\"jurisdiction\": \"RS\", \"cycle\": 2026}")
                        .statusCode())
                .isEqualTo(409);

        var bad = editorRs().put("/api/v1/poa-reports/" + id + "/answers", """
                [{"question": "ACTION_PLAN", "answer": "DEVELOPING", "reviewed": true},
                 {"question": "MARKING", "answer": "MAYBE"},
                 {"question": "COORDINATION_BODY", "men": -1},
                 {"question": "TRACING", "women": 2}]""", "If-Match", etag);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body())
                .contains("answers[1].answer")
                .contains("answers[2].men")
                .contains("answers[3].women")
                .doesNotContain("answers[0]");
        assertThat(JSON.readTree(editorRs().get("/api/v1/poa-reports/" + id).body())
                        .get("revision")
                        .asLong())
                .isEqualTo(doc.get("revision").asLong());

        assertThat(editorRs()
                        .put("/api/v1/poa-reports/" + id + "/answers", "[]")
                        .statusCode())
                .as("a save that names no revision")
                .isEqualTo(428);
        var saved = editorRs().put("/api/v1/poa-reports/" + id + "/answers", """
                [{"question": "ACTION_PLAN", "answer": "DEVELOPING", "note": "Draft plan 2026-2030", "reviewed": true},
                 {"question": "COORDINATION_BODY", "answer": "YES", "men": 4, "women": 3, "reviewed": true}]""", "If-Match", etag);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(saved.body());
        assertThat(after.get("reviewed").asLong()).isEqualTo(2);
        assertThat(question(after, "ACTION_PLAN").get("answer").asString()).isEqualTo("DEVELOPING");
        assertThat(question(after, "COORDINATION_BODY").get("women").asInt()).isEqualTo(3);
        var stale = editorRs()
                .put(
                        "/api/v1/poa-reports/" + id + "/answers",
                        "[{\"question\": \"TRACING\", \"answer\": \"NO\"}]",
                        "If-Match",
                        etag);
        assertThat(stale.statusCode()).isEqualTo(412);

        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'poa-report' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(Http.api(port)
                        .basic("editor.xk@demo", "demo")
                        .get("/api/v1/poa-reports/" + id)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.api(port).get("/api/v1/poa-reports/" + id).statusCode()).isEqualTo(403);
        var approver = Http.api(port).basic("approver.rs@demo", "demo");
        assertThat(approver.get("/api/v1/poa-reports/" + id).statusCode()).isEqualTo(200);
        assertThat(approver.put("/api/v1/poa-reports/" + id + "/answers", "[]").statusCode())
                .isEqualTo(403);
        assertThat(JSON.readTree(approver.get("/api/v1/poa-reports").body()).toString())
                .contains("\"jurisdiction\":\"RS\"")
                .doesNotContain("\"jurisdiction\":\"VC\"");
    }

    @Test
    void theCoordinationAnswerCountsTheWomenAndMenOfTheRecordedCoordinationMeetings() throws Exception {
        // Montenegro's coordination body met twice in 2149–2150; four women and three men served at the latest.
        String meeting = """
                {"type": "LOCAL_COORDINATION", "title": "%s", "start": "%s", "end": "%s",
                 "timeZone": "Europe/Podgorica", "jurisdiction": "ME", "public": false, "participants": [%s]}""";
        var first = secretariat()
                .post(
                        "/api/v1/meetings",
                        meeting.formatted("ME coordination 2149 (test)", "2149-05-04T10:00", "2149-05-04T15:00", """
                        {"name": "P. One", "organisation": "Police", "function": "Delegate", "sex": "MAN"},
                        {"name": "P. Two", "organisation": "Customs", "function": "Delegate", "sex": "NOT_RECORDED"}"""));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var latest = secretariat()
                .post(
                        "/api/v1/meetings",
                        meeting.formatted("ME coordination 2150 (test)", "2150-10-12T10:00", "2150-10-12T15:00", """
                        {"name": "Jelena Chair", "organisation": "SALW Commission ME", "function": "Chair", "sex": "WOMAN"},
                        {"name": "W. Two", "organisation": "Police", "function": "Delegate", "sex": "WOMAN"},
                        {"name": "W. Three", "organisation": "Customs", "function": "Delegate", "sex": "WOMAN"},
                        {"name": "W. Four", "organisation": "Justice", "function": "Delegate", "sex": "WOMAN"},
                        {"name": "M. One", "organisation": "Defence", "function": "Delegate", "sex": "MAN"},
                        {"name": "M. Two", "organisation": "Police", "function": "Delegate", "sex": "MAN"},
                        {"name": "M. Three", "organisation": "Customs", "function": "Delegate", "sex": "MAN"}"""));
        assertThat(latest.statusCode()).as(latest.body()).isEqualTo(201);

        var created = secretariat().post("/api/v1/poa-reports", "{\"jurisdiction\": \"ME\", \"cycle\": 2151}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = JSON.readTree(created.body());
        var body = question(doc, "COORDINATION_BODY");
        assertThat(body.get("prefilledAnswer").asString()).isEqualTo("YES");
        assertThat(body.get("women").asInt()).isEqualTo(4);
        assertThat(body.get("men").asInt()).isEqualTo(3);
        assertThat(body.get("basis").asString())
                .contains("Local coordination meetings recorded in 2149\u20132150: 2")
                .contains("Oct 12, 2150")
                .contains("Participants over these meetings: 4 women, 4 men, 1 whose sex was not recorded");
        assertThat(question(doc, "POINT_OF_CONTACT").get("basis").asString())
                .contains("Jelena Chair (SALW Commission ME)");

        // The date is written as the reader's language writes dates.
        var french = secretariat().get("/api/v1/poa-reports/" + doc.get("id").asLong(), "Accept-Language", "fr");
        assertThat(question(JSON.readTree(french.body()), "COORDINATION_BODY")
                        .get("basis")
                        .asString())
                .contains("12 oct. 2150");

        long id = doc.get("id").asLong();
        String text = pdfText(secretariat()
                .getBytes("/api/v1/poa-reports/" + id + "/report.pdf")
                .body());
        assertThat(text)
                .contains("Women: 4; men: 3")
                .contains("4 women, 4 men, 1 whose sex was not recorded")
                .contains("Jelena Chair");
    }

    @Test
    void thePdfAndTheJsonSayWhatTheReportSaysInTheReadersLanguage() throws Exception {
        long id = vincentianReport().get("id").asLong();
        var current = secretariat().get("/api/v1/poa-reports/" + id);
        var answered = secretariat()
                .put(
                        "/api/v1/poa-reports/" + id + "/answers",
                        """
                [{"question": "ASSISTANCE_NEEDED", "answer": "YES", "note": "Marking machines", "reviewed": true}]""",
                        "If-Match",
                        current.headers().firstValue("ETag").orElseThrow());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        var pdf = secretariat().getBytes("/api/v1/poa-reports/" + id + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text)
                .contains("PoA/ITI national report of Saint Vincent and the Grenadines")
                .contains("2012")
                .contains("Does your country need international assistance")
                .contains("Marking machines")
                .contains("50.0 %")
                .contains("7. International cooperation and assistance");

        var json = secretariat().getBytes("/api/v1/poa-reports/" + id + "/report.json");
        JsonNode doc = JSON.readTree(json.body());
        assertThat(question(doc, "ASSISTANCE_NEEDED").get("answer").asString()).isEqualTo("YES");
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("poa-iti-report-VC-2012.json");
    }

    @Test
    void thePublicationRendererWritesThePdfAndJsonOfTheRequestedReport() throws Exception {
        vincentianReport();
        DocumentRenderer renderer = renderers.stream()
                .filter(r -> r.kind() == PublicationKind.POA_REPORT)
                .findFirst()
                .orElseThrow();
        assertThat(renderer.formats()).containsExactlyInAnyOrder(PublicationFormat.PDF, PublicationFormat.JSON);
        Locale spanish = Locale.forLanguageTag("es");
        LocaleContextHolder.setLocale(spanish);
        try {
            byte[][] out = new byte[2][];
            SystemActor.run(() -> {
                out[0] = renderer.render(request(PublicationFormat.PDF, spanish), p -> {})
                        .content();
                var json = renderer.render(request(PublicationFormat.JSON, spanish), p -> {});
                out[1] = json.content();
                assertThat(json.figures())
                        .anyMatch(f -> f.key().equals("POA/VC/2012/SDG-16.4.2/2010")
                                && f.value().equals("50.0"));
            });
            assertThat(pdfText(out[0])).contains("Informe nacional PoA/IIR").contains("Según los registros");
            assertThat(JSON.readTree(out[1]).get("language").asString()).isEqualTo("es");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void thePublicationJobsGenerateTheReportAndRefuseKosovo() throws Exception {
        vincentianReport();
        var queued = secretariat().post("/api/v1/publications", """
                {"kind": "POA_REPORT", "framework": "SDG", "period": "2012", "jurisdiction": "VC",
                 "format": "pdf", "language": "fr"}""");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String id = JSON.readTree(queued.body()).get("id").asString();
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String state;
        do {
            Thread.sleep(300);
            state = JSON.readTree(
                            secretariat().get("/api/v1/publications/" + id).body())
                    .get("state")
                    .asString();
        } while (!state.equals("SUCCEEDED") && !state.equals("FAILED") && System.nanoTime() < until);
        assertThat(state).isEqualTo("SUCCEEDED");
        var file = secretariat().getBytes("/api/v1/publications/" + id + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(pdfText(file.body()))
                .contains("Rapport national PoA/IIT de Saint Vincent and the Grenadines")
                .contains("50.0 %");

        var kosovo = secretariat().post("/api/v1/publications", """
                {"kind": "POA_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2026", "jurisdiction": "XK",
                 "format": "json", "language": "en"}""");
        assertThat(kosovo.statusCode()).isEqualTo(422);
        assertThat(kosovo.body()).contains("not a UN Member State");
    }

    @Test
    void theReviewPageSavesTheFormAndOffersTheDownloads() throws Exception {
        long id = vincentianReport().get("id").asLong();
        var browser = Http.browser(port);
        browser.signIn("secretariat@demo", "demo");
        assertThat(browser.get("/national-reports").body()).contains("/national-reports/" + id);
        var page = browser.get("/national-reports/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("/national-reports/" + id + "/report.pdf")
                .contains("Does your country keep records");
        long revision = JSON.readTree(
                        secretariat().get("/api/v1/poa-reports/" + id).body())
                .get("revision")
                .asLong();
        var res = browser.submit(
                "/national-reports/" + id,
                "/national-reports/" + id,
                Map.of(
                        "revision", String.valueOf(revision),
                        "answers[7].question", "STOCKPILE_MANAGEMENT",
                        "answers[7].answer", "NO",
                        "answers[7].reviewed", "true"));
        assertThat(res.statusCode()).isIn(302, 303);
        JsonNode doc =
                JSON.readTree(secretariat().get("/api/v1/poa-reports/" + id).body());
        assertThat(question(doc, "STOCKPILE_MANAGEMENT").get("answer").asString())
                .isEqualTo("NO");
        assertThat(question(doc, "STOCKPILE_MANAGEMENT").get("reviewed").asBoolean())
                .isTrue();
        assertThat(browser.getBytes("/national-reports/" + id + "/report.pdf").statusCode())
                .isEqualTo(200);
    }

    /** A document of Saint Vincent's report for cycle 2012, as the publication jobs would ask for it. */
    private static PublicationRequest request(PublicationFormat format, Locale language) {
        return new PublicationRequest(
                PublicationKind.POA_REPORT,
                null,
                PeriodCode.year(2012),
                null,
                null,
                "VC",
                null,
                format,
                language,
                null,
                Map.of());
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            // Lines break where the page is full: compare words, not lines.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
