package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.identity.internal.ApiTokens;
import org.roadmapmonitor.identity.internal.IdentityRepository;
import org.roadmapmonitor.support.DemoSettled;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the OpenAPI document, called by anonymous and by every demo role, on their own and on
 * another jurisdiction's report and fund, against the table of answers below. Writes are sent with an empty
 * body, so that a caller who may write gets a 4xx about the body while one who may not gets 401, 403 or 404;
 * nothing is ever changed (the audit log proves it). An operation without a row fails the build.
 */
@IntegrationTest
class AuthorisationMatrixTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OTHER_FUND = "MATRIX-OTHER";

    /** The callers, in the order of the columns below. */
    enum Caller {
        ANONYMOUS(null),
        SECRETARIAT("secretariat@demo"),
        EDITOR_RS("editor.rs@demo"),
        APPROVER_RS("approver.rs@demo"),
        EDITOR_XK("editor.xk@demo"),
        FUND_ADMIN("fund.admin@demo"),
        PUNO("puno.undp@demo"),
        DONOR("donor@demo");

        final String email;

        Caller(String email) {
            this.email = email;
        }
    }

    /**
     * Expected answers: anonymous, secretariat, editor.rs, approver.rs, editor.xk, fund.admin, puno.undp, donor.
     * 2 = 2xx; 401, 403, 404 as such; 4 = another 4xx (allowed, but the empty body is refused). Reports are an
     * RS draft (editor.xk is another jurisdiction); funds are SLW00, the demo roles' own fund, and, marked
     * "(other fund)", a fund none of them holds a role in.
     */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            row("POST /api/v1/dataValueSets", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/designations/{owner}/{code}", "2 2 2 2 2 2 2 2"),
            // The choice is refused on its body before the secretariat-only rule is reached.
            row("PUT /api/v1/designations/{owner}/{code}", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/frameworks", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/frameworks", "401 4 403 403 403 403 403 403"),
            row("GET /api/v1/frameworks/{code}", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/frameworks/{code}", "401 4 403 403 403 403 403 403"),
            row("GET /api/v1/frameworks/{code}/versions/{version}", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/frameworks/{code}/versions/{version}", "401 4 403 403 403 403 403 403"),
            row("GET /api/v1/funds", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds", "401 403 403 403 403 4 403 403"),
            row("GET /api/v1/funds/{code}", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/closed-through", "401 403 403 403 403 4 403 403"),
            row("POST /api/v1/funds/{code}/closed-through (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/donors", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/donors (other fund)", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/extensions", "401 403 403 403 403 4 403 403"),
            row("POST /api/v1/funds/{code}/extensions (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/fx-rates", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/fx-rates", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/funds/{code}/fx-rates (other fund)", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/fx-rates (other fund)", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/funds/{code}/iati.xml", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/iati.xml (other fund)", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/ledger", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/ledger/{entryId}", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/ledger/{entryId}/reversal", "401 403 403 403 403 4 403 403"),
            row("POST /api/v1/funds/{code}/ledger/{entryId}/reversal (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/ledger/{entryId} (other fund)", "404 404 404 404 404 404 404 404"),
            row("GET /api/v1/funds/{code}/ledger (other fund)", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/projects", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/projects (other fund)", "2 2 2 2 2 2 2 2"),
            // An empty body changes no rate ("a rate left out is kept"), so it succeeds.
            row("PUT /api/v1/funds/{code}/rates", "401 403 403 403 403 2 403 403"),
            row("PUT /api/v1/funds/{code}/rates (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/status", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/status (other fund)", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/{kind}", "401 403 403 403 403 4 403 403"),
            row("POST /api/v1/funds/{code}/{kind} (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code} (other fund)", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/jurisdictions", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/jurisdictions/{code}", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/me", "401 2 2 2 2 2 2 2"),
            row("GET /api/v1/periods/{code}", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/reports", "2 2 2 2 2 2 2 2"),
            // Action plans: the sample is Kosovo*'s demo plan, still a draft, and one of its activities, which only
            // XK and the secretariat see (404 for everyone else, as a draft report); lists are filtered per caller.
            row("GET /api/v1/action-plans", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/action-plans", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/action-plans/{id}", "404 2 404 404 2 404 404 404"),
            row("PUT /api/v1/action-plans/{id}", "401 4 404 404 4 404 404 404"),
            row("POST /api/v1/action-plans/{id}/indicators", "401 4 404 404 4 404 404 404"),
            row("GET /api/v1/activities", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/activities", "401 4 4 4 4 4 4 4"),
            // Without a framework there is no matrix to show, for anyone.
            row("GET /api/v1/activities/gaps", "4 4 4 4 4 4 4 4"),
            row("GET /api/v1/activities/{id}", "404 2 404 404 2 404 404 404"),
            row("PUT /api/v1/activities/{id}", "401 4 404 404 4 404 404 404"),
            row("GET /api/v1/reports/{id}/activities", "404 2 2 2 404 404 404 404"),
            row("PUT /api/v1/reports/{id}/activities", "401 4 4 4 4 4 4 4"),
            row("POST /api/v1/reports", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/reports/{id}", "404 2 2 2 404 404 404 404"),
            row("GET /api/v1/reports/{id}/evidence", "404 2 2 2 404 404 404 404"),
            row("POST /api/v1/reports/{id}/evidence", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/reports/{id}/history", "404 2 2 2 404 404 404 404"),
            row("PUT /api/v1/reports/{id}/narratives", "401 4 4 4 4 4 4 4"),
            row("POST /api/v1/reports/{id}/transitions", "401 4 4 4 4 4 4 4"),
            row("POST /api/v1/reports/{id}/upload", "401 4 4 4 4 4 4 4"),
            row("PUT /api/v1/reports/{id}/values", "401 4 4 4 4 4 4 4"),
            row("DELETE /api/v1/reports/{id}", "401 4 4 403 404 404 404 404"),
            row("GET /api/v1/sdg/16.4.2", "4 4 4 4 4 4 4 4"),
            // Without a framework there is nothing to answer, for anyone; the scale is read by all, set by the
            // secretariat (the empty body is refused before that rule is reached).
            row("GET /api/v1/analytics", "4 4 4 4 4 4 4 4"),
            row("GET /api/v1/frameworks/{code}/status-scale", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/frameworks/{code}/status-scale", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/frameworks/{code}/tracing-response-time", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/frameworks/{code}/tracing-response-time", "401 4 4 4 4 4 4 4"),
            // Import jobs are their owner's (and the secretariat's); job 1 is the demo evidence import, the
            // platform's own: only the secretariat sees it, anonymous callers are asked to sign in.
            row("POST /api/v1/imports", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/imports/{id}", "403 2 404 404 404 404 404 404"),
            row("GET /api/v1/imports/{id}/errors.csv", "403 2 404 404 404 404 404 404"),
            // Evidence records are never public; the sample is an RS arms event.
            row("GET /api/v1/evidence/{type}", "403 2 2 2 2 2 2 2"),
            // Publications: anyone signed in may ask (the body decides whether they may have that document);
            // a document is seen by whoever asked, the secretariat and the staff of its jurisdiction or fund.
            // The sample is an RS jurisdiction report asked for by editor.rs.
            row("POST /api/v1/publications", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/publications", "403 2 2 2 2 2 2 2"),
            row("GET /api/v1/publications/{id}", "403 2 2 2 404 404 404 404"),
            row("GET /api/v1/publications/{id}/file", "403 2 2 2 404 404 404 404"),
            row("GET /api/v1/publications/{id}/figures", "403 2 2 2 404 404 404 404"),
            row("POST /api/v1/evidence/{type}", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/evidence/{type}/{id}", "403 2 2 2 404 404 404 404"),
            row("PUT /api/v1/evidence/{type}/{id}", "401 4 4 403 404 404 404 404"),
            row("DELETE /api/v1/evidence/{type}/{id}", "401 2 2 403 404 404 404 404"),
            // Meetings: the sample is a demo local coordination meeting of Serbia that is not public, and one of its
            // action points; only RS, the secretariat (who plans for every jurisdiction) and its owner see them.
            row("GET /api/v1/meetings", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/meetings", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/meetings/participation", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/meetings/{id}", "404 2 2 2 404 404 404 404"),
            row("PUT /api/v1/meetings/{id}", "401 4 4 4 404 404 404 404"),
            row("POST /api/v1/meetings/{id}/decisions", "401 4 4 4 404 404 404 404"),
            row("POST /api/v1/meetings/{id}/action-points", "401 4 4 4 404 404 404 404"),
            row("GET /api/v1/action-points", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/action-points/overdue", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/action-points/{id}", "404 2 2 2 404 404 404 404"),
            row("PUT /api/v1/action-points/{id}", "401 4 4 4 404 404 404 404"),
            // Without jurisdiction and period the values cannot be computed, for anyone.
            row("GET /api/v1/indicators/{framework}/{indicator}/values", "4 4 4 4 4 4 4 4"),
            // Published figures are open data.
            row("GET /api/v1/open-data/catalog", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/open-data/datasets/{dataset}.{format}", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/sdmx/data/{dataflow}", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/sdmx/structure/dataflow", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/sdmx/structure/dataflow/{dataflow}", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/sdmx/structure/codelist/{codelist}", "2 2 2 2 2 2 2 2"),
            // PoA/ITI national reports are scoped like draft reports; the sample is RS's. Writes name the
            // revision they read (If-Match): without it those who may write get 428.
            row("GET /api/v1/poa-reports", "403 2 2 2 2 2 2 2"),
            row("POST /api/v1/poa-reports", "401 4 4 4 4 4 4 4"),
            row("GET /api/v1/poa-reports/{id}", "403 2 2 2 404 404 404 404"),
            row("PUT /api/v1/poa-reports/{id}/answers", "401 4 4 4 4 4 4 4"),
            row("POST /api/v1/poa-reports/{id}/prefill", "401 4 4 403 404 404 404 404"),
            row("GET /api/v1/poa-reports/{id}/report.pdf", "403 2 2 2 404 404 404 404"),
            row("GET /api/v1/poa-reports/{id}/report.json", "403 2 2 2 404 404 404 404"));

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    IdentityRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyApiOperationAnswersEachRoleAsTheMatrixSays() {
        Map<Caller, Http> callers = callers();
        String draft = rsDraftReport(callers.get(Caller.EDITOR_RS));
        otherFund();
        event = rsEvent();
        poaReport = rsPoaReport(callers.get(Caller.EDITOR_RS));
        publication = rsPublication();
        meeting = jdbc.sql(
                        "select min(id)::text from meeting where demo and jurisdiction_code = 'RS' and not is_public")
                .query(String.class)
                .single();
        actionPoint = jdbc.sql("select min(id)::text from action_point where meeting_id = cast(? as bigint)")
                .param(meeting)
                .query(String.class)
                .single();
        xkPlan = jdbc.sql("select min(id)::text from action_plan where jurisdiction_code = 'XK'")
                .query(String.class)
                .single();
        xkActivity = jdbc.sql("select min(id)::text from activity where plan_id = ?::bigint")
                .param(xkPlan)
                .query(String.class)
                .single();
        String entry = jdbc.sql("select min(id)::text from ledger_entry where fund_code = 'SLW00'")
                .query(String.class)
                .single();
        // The demo loads evidence and publishes SDG figures in the background: let it finish, or its changes
        // would be counted as the matrix's.
        DemoSettled.await(jdbc);
        long auditBefore = lastAudit();

        var observed = new LinkedHashMap<String, String>();
        JsonNode paths =
                JSON.readTree(Http.api(port).get("/v3/api-docs").body()).get("paths");
        var deletions = new ArrayList<String>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                String operation = method.toUpperCase() + " " + path;
                if (method.equals("delete")) {
                    deletions.add(path);
                    continue;
                }
                observed.put(operation, answers(callers, operation, fill(path, draft, "SLW00", entry)));
                if (path.startsWith("/api/v1/funds/{code}")) {
                    observed.put(
                            operation + " (other fund)",
                            answers(callers, operation, fill(path, draft, OTHER_FUND, entry)));
                }
            }
        }

        assertThat(jdbc.sql(
                                "select action || ' ' || entity_type || ' ' || entity_id || ': ' || summary"
                                        + " from audit_event where id > ? and before_state is distinct from after_state order by id")
                        .param(auditBefore)
                        .query(String.class)
                        .list())
                .as("changes made by calls with an empty body")
                .isEmpty();
        // Deleting really deletes: each caller gets a draft of its own to try it on.
        Http editor = callers.get(Caller.EDITOR_RS);
        for (String path : deletions) {
            if (path.equals("/api/v1/evidence/{type}/{id}")) {
                observed.put(
                        "DELETE " + path,
                        callers.values().stream()
                                .map(http -> cell(http.send("DELETE", "/api/v1/evidence/arms-events/" + rsEvent(), null)
                                        .statusCode()))
                                .collect(Collectors.joining(" ")));
                continue;
            }
            assertThat(path)
                    .as("a DELETE the matrix has no fresh target for: give it one in AuthorisationMatrixTest")
                    .isEqualTo("/api/v1/reports/{id}");
            observed.put(
                    "DELETE " + path,
                    callers.values().stream()
                            .map(http -> cell(http.send("DELETE", "/api/v1/reports/" + currentDraft(editor), null)
                                    .statusCode()))
                            .collect(Collectors.joining(" ")));
        }

        var missing = observed.entrySet().stream()
                .filter(e -> !EXPECTED.containsKey(e.getKey()))
                .map(e -> "row(\"" + e.getKey() + "\", \"" + e.getValue() + "\"),")
                .toList();
        assertThat(missing)
                .as("operations without a row in AuthorisationMatrixTest.EXPECTED: add a row for each, saying who"
                        + " may call it (the answers observed now are shown)")
                .isEmpty();
        var wrong = observed.entrySet().stream()
                .filter(e -> !EXPECTED.get(e.getKey()).equals(e.getValue()))
                .map(e -> e.getKey() + ": expected " + EXPECTED.get(e.getKey()) + " but was " + e.getValue())
                .toList();
        assertThat(wrong).as("answers that differ from the matrix").isEmpty();
        assertThat(EXPECTED.keySet())
                .as("rows for operations that no longer exist")
                .isSubsetOf(observed.keySet());
    }

    private String answers(Map<Caller, Http> callers, String operation, String url) {
        String method = operation.substring(0, operation.indexOf(' '));
        return callers.values().stream()
                .map(http -> cell(
                        method.equals("GET")
                                ? http.get(url).statusCode()
                                : http.send(method, url, "{}").statusCode()))
                .collect(Collectors.joining(" "));
    }

    private static String cell(int status) {
        if (status >= 500) {
            return "5xx";
        }
        if (status == 401 || status == 403 || status == 404) {
            return String.valueOf(status);
        }
        return status >= 400 ? "4" : String.valueOf(status / 100);
    }

    private Map<Caller, Http> callers() {
        var callers = new EnumMap<Caller, Http>(Caller.class);
        for (Caller c : Caller.values()) {
            var http = Http.api(port);
            if (c.email != null) {
                var user = users.findUser(c.email, false).orElseThrow();
                http.bearer(tokens.create(user, "authorisation matrix", 1).token());
            }
            callers.put(c, http);
        }
        return callers;
    }

    /** The RS draft of the matrix's period, started again if a caller deleted it. */
    private String currentDraft(Http editor) {
        JsonNode drafts = JSON.readTree(
                editor.get("/api/v1/reports?jurisdiction=RS&period=2079").body());
        return drafts.isEmpty()
                ? rsDraftReport(editor)
                : drafts.get(0).get("id").asString();
    }

    /** A draft report of Serbia (RS), which only RS and the secretariat may see. */
    private String rsDraftReport(Http editor) {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2079");
        var created = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2079\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    /** A second fund in which no demo account holds a role. */
    private void otherFund() {
        jdbc.sql("""
                insert into fund (code, name, administrative_agent, chair, start_date)
                values (?, 'Another fund', 'UNDP MPTF Office', 'A chair', date '2025-01-01')
                on conflict do nothing""").param(OTHER_FUND).update();
    }

    private long lastAudit() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    private static String event;
    private static String poaReport;

    /** Serbia's PoA/ITI national report of the matrix's cycle, which only RS and the secretariat may see. */
    private String rsPoaReport(Http editor) {
        var existing = jdbc.sql("select id::text from poa_report where jurisdiction_code = 'RS' and cycle = 2120")
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var created = editor.post("/api/v1/poa-reports", "{\"jurisdiction\": \"RS\", \"cycle\": 2120}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private static String publication;

    /** A generated jurisdiction report of Serbia (RS), as editor.rs would have asked for it. */
    private String rsPublication() {
        return jdbc.sql("""
                insert into publication (kind, framework_code, period_code, jurisdiction_code, format, language, state,
                  progress, created_by, created_at, content, content_sha256)
                values ('JURISDICTION_REPORT', 'WB-SALW-ROADMAP', '2079', 'RS', 'HTML', 'en', 'SUCCEEDED', 100,
                  'editor.rs@demo', now(), convert_to('<html></html>', 'UTF8'), 'none')
                returning id::text""").query(String.class).single();
    }

    private static String meeting;
    private static String actionPoint;

    /** Kosovo*'s demo action plan, still a draft (seen by XK and the secretariat only), and one of its activities. */
    private static String xkPlan;

    private static String xkActivity;

    /** A fresh arms event of Serbia (RS), recorded by the secretariat. */
    private String rsEvent() {
        var created = Http.api(port)
                .basic("secretariat@demo", "demo")
                .post("/api/v1/evidence/arms-events", """
                        {"jurisdiction": "RS", "eventRef": "MATRIX-%d", "eventType": "FOUND",
                         "eventDate": "2017-01-01"}""".formatted(System.nanoTime()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private static String fill(String path, String report, String fund, String entry) {
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            String variable = segments[i];
            segments[i] = switch (variable.equals("{kind}") ? variable : segments[i - 1]) {
                case "frameworks" -> "WB-SALW-ROADMAP";
                case "versions" -> "2030";
                case "funds" -> fund;
                case "{kind}" -> "deposits";
                case "jurisdictions" -> "RS";
                case "periods" -> "2024";
                case "reports" -> report;
                case "ledger" -> entry;
                case "imports" -> "1";
                case "publications" -> publication;
                case "evidence" -> "arms-events";
                case "arms-events" -> event;
                case "action-plans" -> xkPlan;
                case "activities" -> xkActivity;
                case "indicators" -> "WB-SALW-ROADMAP";
                case "WB-SALW-ROADMAP" -> "KPI-6";
                case "designations" -> "frameworks";
                case "datasets" -> "fund-status-SLW00.csv";
                case "data" -> "WB-SALW-ROADMAP";
                case "dataflow" -> "VC_ARM_SZTRACE";
                case "codelist" -> "CL_AREA";
                case "poa-reports" -> poaReport;
                case "meetings" -> meeting;
                case "action-points" -> actionPoint;
                default ->
                    throw new AssertionError("No sample value for " + variable + " in " + path
                            + ": add one to AuthorisationMatrixTest.fill");
            };
        }
        return String.join("/", segments);
    }

    private static Map.Entry<String, String> row(String operation, String answers) {
        return Map.entry(operation, answers);
    }
}
