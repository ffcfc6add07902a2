package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the OpenAPI document, called by anonymous and by every demo role, on their own and on
 * another jurisdiction's report and fund, against the table of answers below. Each write is sent with a body
 * valid for it (and If-Match where the API asks for one), so that a caller who may write gets a 2xx, proof that
 * the write is permitted, while one who may not gets 401, 403 or 404 and changes nothing (the audit log proves
 * it). A write that uses its target up gets a fresh one per caller ({@code Fresh}) or is undone after it
 * succeeded ({@code undo}). An operation without a row, or a write without a valid request, fails the build.
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
     * 2 = 2xx; 401, 403, 404 as such; 4 = another 4xx (a documented refusal, named next to its row). Reports are
     * an RS draft (editor.xk is another jurisdiction); funds are SLW00, the demo roles' own fund, and, marked
     * "(other fund)", a fund none of them holds a role in.
     */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            // DHIS2 clients expect a refusal as the import summary: 409 with one conflict per value ("you do not
            // report for RS"), nothing stored.
            row("POST /api/v1/dataValueSets", "401 2 2 4 4 4 4 4"),
            row("GET /api/v1/designations/{owner}/{code}", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/designations/{owner}/{code}", "401 2 403 403 403 403 403 403"),
            row("GET /api/v1/frameworks", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/frameworks", "401 2 403 403 403 403 403 403"),
            row("GET /api/v1/frameworks/{code}", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/frameworks/{code}", "401 2 403 403 403 403 403 403"),
            row("GET /api/v1/frameworks/{code}/versions/{version}", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/frameworks/{code}/versions/{version}", "401 2 403 403 403 403 403 403"),
            row("GET /api/v1/funds", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds", "401 403 403 403 403 2 403 403"),
            row("GET /api/v1/funds/{code}", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/closed-through", "401 403 403 403 403 2 403 403"),
            row("POST /api/v1/funds/{code}/closed-through (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/donors", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/donors (other fund)", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/extensions", "401 403 403 403 403 2 403 403"),
            row("POST /api/v1/funds/{code}/extensions (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/fx-rates", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/fx-rates", "401 403 403 403 403 2 403 403"),
            row("GET /api/v1/funds/{code}/fx-rates (other fund)", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/fx-rates (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/iati.xml", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/iati.xml (other fund)", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/ledger", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/ledger/{entryId}", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/ledger/{entryId}/reversal", "401 403 403 403 403 2 403 403"),
            row("POST /api/v1/funds/{code}/ledger/{entryId}/reversal (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/ledger/{entryId} (other fund)", "404 404 404 404 404 404 404 404"),
            row("GET /api/v1/funds/{code}/ledger (other fund)", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/projects", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/projects (other fund)", "2 2 2 2 2 2 2 2"),
            // The body sets no rate ("a rate left out is kept"): the fund's administrator may send it.
            row("PUT /api/v1/funds/{code}/rates", "401 403 403 403 403 2 403 403"),
            row("PUT /api/v1/funds/{code}/rates (other fund)", "401 403 403 403 403 403 403 403"),
            row("GET /api/v1/funds/{code}/status", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/funds/{code}/status (other fund)", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/funds/{code}/{kind}", "401 403 403 403 403 2 403 403"),
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
            row("POST /api/v1/action-plans", "401 2 2 403 403 403 403 403"),
            row("GET /api/v1/action-plans/{id}", "404 2 404 404 2 404 404 404"),
            row("PUT /api/v1/action-plans/{id}", "401 2 404 404 2 404 404 404"),
            row("POST /api/v1/action-plans/{id}/indicators", "401 2 404 404 2 404 404 404"),
            row("GET /api/v1/activities", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/activities", "401 2 404 404 2 404 404 404"),
            // Without a framework there is no matrix to show, for anyone.
            row("GET /api/v1/activities/gaps", "4 4 4 4 4 4 4 4"),
            row("GET /api/v1/activities/{id}", "404 2 404 404 2 404 404 404"),
            row("PUT /api/v1/activities/{id}", "401 2 404 404 2 404 404 404"),
            row("GET /api/v1/reports/{id}/activities", "404 2 2 2 404 404 404 404"),
            row("PUT /api/v1/reports/{id}/activities", "401 2 2 403 404 404 404 404"),
            row("POST /api/v1/reports", "401 2 2 403 403 403 403 403"),
            row("GET /api/v1/reports/{id}", "404 2 2 2 404 404 404 404"),
            row("GET /api/v1/reports/{id}/evidence", "404 2 2 2 404 404 404 404"),
            row("POST /api/v1/reports/{id}/evidence", "401 2 2 403 404 404 404 404"),
            row("GET /api/v1/reports/{id}/history", "404 2 2 2 404 404 404 404"),
            row("PUT /api/v1/reports/{id}/narratives", "401 2 2 403 404 404 404 404"),
            row("POST /api/v1/reports/{id}/transitions", "401 2 2 403 404 404 404 404"),
            // An approver uploading values into a draft is refused by the report's state (422, "its values cannot
            // change now") before the editors-only rule.
            row("POST /api/v1/reports/{id}/upload", "401 2 2 4 404 404 404 404"),
            row("PUT /api/v1/reports/{id}/values", "401 2 2 403 404 404 404 404"),
            row("DELETE /api/v1/reports/{id}", "401 2 2 403 404 404 404 404"),
            row("GET /api/v1/sdg/16.4.2", "4 4 4 4 4 4 4 4"),
            // Without a framework there is nothing to answer, for anyone; the scale is read by all, set by the
            // secretariat.
            row("GET /api/v1/analytics", "4 4 4 4 4 4 4 4"),
            row("GET /api/v1/frameworks/{code}/status-scale", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/frameworks/{code}/status-scale", "401 2 403 403 403 403 403 403"),
            row("GET /api/v1/frameworks/{code}/tracing-response-time", "2 2 2 2 2 2 2 2"),
            row("PUT /api/v1/frameworks/{code}/tracing-response-time", "401 2 403 403 403 403 403 403"),
            // Import jobs are their owner's (and the secretariat's); job 1 is the demo evidence import, the
            // platform's own: only the secretariat sees it, anonymous callers are asked to sign in. Any
            // jurisdiction's editor may start an import (editor.xk's job then refuses the RS rows, row by row).
            row("POST /api/v1/imports", "401 2 2 403 2 403 403 403"),
            row("GET /api/v1/imports/{id}", "403 2 404 404 404 404 404 404"),
            row("GET /api/v1/imports/{id}/errors.csv", "403 2 404 404 404 404 404 404"),
            // Evidence records are never public; the sample is an RS arms event.
            row("GET /api/v1/evidence/{type}", "403 2 2 2 2 2 2 2"),
            // The export is the list as a file: the same scoping (another jurisdiction gets the header only).
            row("GET /api/v1/evidence/weapon-items.csv", "403 2 2 2 2 2 2 2"),
            // Publications: anyone signed in may ask (the body decides whether they may have that document: the
            // secretariat any; a jurisdiction's staff its reports; a fund's administrator and donors its annual
            // report, which FundAnnualReportTest checks);
            // a document is seen by whoever asked, the secretariat and the staff of its jurisdiction or fund.
            // The sample is an RS jurisdiction report asked for by editor.rs.
            row("POST /api/v1/publications", "401 2 2 2 403 403 403 403"),
            row("GET /api/v1/publications", "403 2 2 2 2 2 2 2"),
            row("GET /api/v1/publications/{id}", "403 2 2 2 404 404 404 404"),
            row("GET /api/v1/publications/{id}/file", "403 2 2 2 404 404 404 404"),
            row("GET /api/v1/publications/{id}/figures", "403 2 2 2 404 404 404 404"),
            // Issuing a kept document again: those who do not see it are told it does not exist; the sample is a
            // jurisdiction report of RS generated by editor.rs with the inputs it was made from.
            row("POST /api/v1/publications/{id}/reissue", "401 2 2 2 404 404 404 404"),
            row("POST /api/v1/evidence/{type}", "401 2 2 403 403 403 403 403"),
            row("GET /api/v1/evidence/{type}/{id}", "403 2 2 2 404 404 404 404"),
            row("PUT /api/v1/evidence/{type}/{id}", "401 2 2 403 404 404 404 404"),
            row("DELETE /api/v1/evidence/{type}/{id}", "401 2 2 403 404 404 404 404"),
            // Meetings: the sample is a local coordination meeting of Serbia that is not public, planned by editor.rs,
            // and one of its action points; only RS, the secretariat (who plans for every jurisdiction) and its owner
            // see them.
            row("GET /api/v1/meetings", "2 2 2 2 2 2 2 2"),
            row("POST /api/v1/meetings", "401 2 2 2 403 403 403 403"),
            row("GET /api/v1/meetings/participation", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/meetings/{id}", "404 2 2 2 404 404 404 404"),
            row("PUT /api/v1/meetings/{id}", "401 2 2 2 404 404 404 404"),
            row("POST /api/v1/meetings/{id}/decisions", "401 2 2 2 404 404 404 404"),
            row("POST /api/v1/meetings/{id}/action-points", "401 2 2 2 404 404 404 404"),
            row("GET /api/v1/action-points", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/action-points/overdue", "2 2 2 2 2 2 2 2"),
            row("GET /api/v1/action-points/{id}", "404 2 2 2 404 404 404 404"),
            row("PUT /api/v1/action-points/{id}", "401 2 2 2 404 404 404 404"),
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
            row("POST /api/v1/poa-reports", "401 2 2 403 403 403 403 403"),
            row("GET /api/v1/poa-reports/{id}", "403 2 2 2 404 404 404 404"),
            row("PUT /api/v1/poa-reports/{id}/answers", "401 2 2 403 404 404 404 404"),
            row("POST /api/v1/poa-reports/{id}/prefill", "401 2 2 403 404 404 404 404"),
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
        reissuable = generatedRsPublication(callers.get(Caller.EDITOR_RS));
        Http editorRs = callers.get(Caller.EDITOR_RS);
        meeting = JSON.readTree(editorRs.post("/api/v1/meetings", localMeeting("Matrix meeting"))
                        .body())
                .get("id")
                .asString();
        actionPoint = JSON.readTree(editorRs.post("/api/v1/meetings/" + meeting + "/action-points", """
                                {"title": "Matrix action point", "owner": "Someone", "due": "2124-01-01"}""")
                        .body())
                .get("id")
                .asString();
        assertThat(secretariat()
                        .post("/api/v1/frameworks", framework(MATRIX_FRAMEWORK))
                        .statusCode())
                .isEqualTo(201);
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2155S1", "2156S1");
        var progress = editorRs.post("/api/v1/reports", """
                {"framework": "WB-SALW-ROADMAP", "jurisdiction": "RS", "period": "2156S1"}""");
        assertThat(progress.statusCode()).as(progress.body()).isEqualTo(201);
        progressDraft = JSON.readTree(progress.body()).get("id").asString();
        jdbc.sql(
                        "insert into jurisdiction_membership (framework_code, jurisdiction_code, role) values (?, 'RS', 'MEMBER')")
                .param(MATRIX_FRAMEWORK)
                .update();
        jdbc.sql("""
                insert into role_assignment (user_id, role, scope_code)
                select id, 'FUND_ADMIN', ? from app_user where email = 'fund.admin@demo'""").param(NEW_FUND).update();
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
                observed.put(operation, answers(callers, operation, fill(path, draft, "SLW00", entry), "SLW00"));
                if (path.startsWith("/api/v1/funds/{code}")) {
                    observed.put(
                            operation + " (other fund)",
                            answers(callers, operation, fill(path, draft, OTHER_FUND, entry), OTHER_FUND));
                }
            }
        }

        assertThat(refusedButChanged).as("changes made by refused calls").isEmpty();
        // Deleting really deletes: each caller gets a draft of its own to try it on.
        Http editor = callers.get(Caller.EDITOR_RS);
        for (String path : deletions) {
            if (path.equals("/api/v1/evidence/{type}/{id}")) {
                observed.put(
                        "DELETE " + path,
                        callers.values().stream()
                                .map(http -> {
                                    String event = "/api/v1/evidence/arms-events/" + rsEvent();
                                    return cell(http.send("DELETE", event, null, "If-Match", etag(event))
                                            .statusCode());
                                })
                                .collect(Collectors.joining(" ")));
                continue;
            }
            assertThat(path)
                    .as("a DELETE the matrix has no fresh target for: give it one in AuthorisationMatrixTest")
                    .isEqualTo("/api/v1/reports/{id}");
            observed.put(
                    "DELETE " + path,
                    callers.values().stream()
                            .map(http -> {
                                String report = "/api/v1/reports/" + currentDraft(editor);
                                return cell(http.send("DELETE", report, null, "If-Match", etag(report))
                                        .statusCode());
                            })
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

    private String answers(Map<Caller, Http> callers, String operation, String url, String fund) {
        String method = operation.substring(0, operation.indexOf(' '));
        var cells = new ArrayList<String>();
        for (var c : callers.entrySet()) {
            if (method.equals("GET")) {
                cells.add(cell(c.getValue().get(url).statusCode()));
                continue;
            }
            long before = lastAudit();
            var res = request(operation, url, fund, c.getKey()).send(c.getValue());
            int status = res.statusCode();
            fresh.getOrDefault(operation, new Fresh(() -> null)).usedIf(status);
            if (status == 401 || status == 403 || status == 404) {
                refusedButChanged.addAll(changesBy(c.getKey(), before, operation));
            }
            if (status / 100 == 2) {
                undo(operation, res.body());
            }
            cells.add(cell(status));
        }
        return String.join(" ", cells);
    }

    /** Writes the matrix undoes after an allowed caller made them, so that the next allowed caller can too. */
    private void undo(String operation, String body) {
        switch (operation) {
            case "POST /api/v1/reports" -> {
                String report =
                        "/api/v1/reports/" + JSON.readTree(body).get("id").asString();
                assertThat(secretariat()
                                .send("DELETE", report, null, "If-Match", etag(report))
                                .statusCode())
                        .isEqualTo(204);
            }
            case "POST /api/v1/funds/{code}/{kind}" ->
                assertThat(Http.api(port)
                                .basic("fund.admin@demo", "demo")
                                .post(
                                        "/api/v1/funds/SLW00/ledger/"
                                                + JSON.readTree(body).get("id").asString() + "/reversal",
                                        "{\"reason\":\"Authorisation matrix\"}")
                                .statusCode())
                        .isEqualTo(201);
            case "POST /api/v1/action-plans" ->
                jdbc.sql("delete from action_plan where id = ?")
                        .param(JSON.readTree(body).get("id").asLong())
                        .update();
            default -> {}
        }
    }

    private final List<String> refusedButChanged = new ArrayList<>();

    /** Audit rows written for a caller since {@code after}: a refused write must leave none. */
    private List<String> changesBy(Caller caller, long after, String operation) {
        if (caller.email == null) {
            return List.of();
        }
        return jdbc
                .sql(
                        "select action || ' ' || entity_type || ' ' || entity_id from audit_event where id > ? and actor = ?")
                .params(after, caller.email)
                .query(String.class)
                .list()
                .stream()
                .map(change -> caller + " " + operation + ": " + change)
                .toList();
    }

    /** The request a caller sends to one operation: a body valid for it, and If-Match where the API asks for it. */
    private record Call(String method, String url, String contentType, String body, byte[] file, String ifMatch) {
        static Call json(String method, String url, String body) {
            return new Call(method, url, "application/json", body, null, null);
        }

        Call ifMatch(String etag) {
            return new Call(method, url, contentType, body, file, etag);
        }

        HttpResponse<String> send(Http http) {
            String[] headers = ifMatch == null ? new String[0] : new String[] {"If-Match", ifMatch};
            if (file != null) {
                return http.postFile(url, body, file, Map.of(), headers);
            }
            if (contentType == null) {
                return http.send(method, url, null, headers);
            }
            if (!contentType.equals("application/json")) {
                return http.sendRaw(url, contentType, body, headers);
            }
            return http.send(method, url, body, headers);
        }
    }

    /**
     * A target that one successful write uses up (a draft submitted, a report started): the same one is offered
     * to each caller until one's write succeeds, then a new one is made for the next.
     */
    private static final class Fresh {
        private final Supplier<String> make;
        private String current;

        Fresh(Supplier<String> make) {
            this.make = make;
        }

        String get() {
            if (current == null) {
                current = make.get();
            }
            return current;
        }

        void usedIf(int status) {
            if (status / 100 == 2) {
                current = null;
            }
        }
    }

    private final Map<String, Fresh> fresh = new HashMap<>();
    private int serial;

    private Fresh fresh(String operation, Supplier<String> make) {
        return fresh.computeIfAbsent(operation, o -> new Fresh(make));
    }

    /** The ETag of a resource as the secretariat reads it, so that a refusal is about the caller, not the revision. */
    private String etag(String url) {
        var res = secretariat().get(url);
        assertThat(res.statusCode()).as(url + ": " + res.body()).isEqualTo(200);
        return res.headers().firstValue("ETag").orElseThrow();
    }

    private Http secretariat() {
        return Http.api(port).basic("secretariat@demo", "demo");
    }

    private String body(String url) {
        var res = secretariat().get(url);
        assertThat(res.statusCode()).as(url + ": " + res.body()).isEqualTo(200);
        return res.body();
    }

    /** What a caller who may make this write would send; {@code url} has its path filled in. */
    private Call request(String operation, String url, String fund, Caller caller) {
        int n = ++serial;
        String template = operation.substring(operation.indexOf(' ') + 1);
        String method = operation.substring(0, operation.indexOf(' '));
        return switch (template) {
            case "/api/v1/dataValueSets" -> Call.json(method, url, """
                    {"dataSet": "WB-SALW-ROADMAP", "dataValues": [
                      {"dataElement": "KPI-5", "orgUnit": "RS", "period": "2079", "value": "20"}]}""");
            case "/api/v1/designations/{owner}/{code}" -> Call.json(method, url, body(url));
            case "/api/v1/frameworks" -> Call.json(method, url, framework("MATRIX-NEW-" + n));
            case "/api/v1/frameworks/{code}", "/api/v1/frameworks/{code}/versions/{version}" -> {
                String own = "/api/v1/frameworks/" + MATRIX_FRAMEWORK + "/versions/1";
                yield Call.json(
                                method,
                                template.endsWith("{version}") ? own : "/api/v1/frameworks/" + MATRIX_FRAMEWORK,
                                body(own))
                        .ifMatch(etag(own));
            }
            case "/api/v1/frameworks/{code}/status-scale" ->
                Call.json(method, url, body(url)).ifMatch(etag(url));
            case "/api/v1/frameworks/{code}/tracing-response-time" ->
                Call.json(method, url, "{\"days\": null}").ifMatch(etag(url));
            case "/api/v1/funds" -> Call.json(method, url, """
                    {"code":"%s","name":"Matrix fund","administrativeAgent":"Test agent","chair":"Test chair",
                     "startDate":"2024-01-01","endDate":"2030-12-31","feeRate":0.01}""".formatted(NEW_FUND));
            case "/api/v1/funds/{code}/closed-through" -> {
                JsonNode f = JSON.readTree(body("/api/v1/funds/SLW00"));
                String through = f.path("closedThrough").isString()
                        ? LocalDate.parse(f.get("closedThrough").asString())
                                .plusDays(1)
                                .toString()
                        : "2000-01-01";
                yield Call.json(method, url, "{\"date\":\"" + through + "\"}");
            }
            case "/api/v1/funds/{code}/extensions" -> {
                JsonNode f = JSON.readTree(body("/api/v1/funds/SLW00"));
                yield Call.json(
                        method,
                        url,
                        "{\"endDate\":\""
                                + LocalDate.parse(f.get("endDate").asString()).plusDays(1) + "\"}");
            }
            case "/api/v1/funds/{code}/fx-rates" ->
                new Call(method, url, "text/csv", "currency,date,usdRate\nJPY,2001-01-01,0.0067\n", null, null);
            case "/api/v1/funds/{code}/ledger/{entryId}/reversal" ->
                Call.json(
                        method,
                        fund.equals("SLW00")
                                ? url.replaceAll(
                                        "/ledger/\\d+/",
                                        "/ledger/"
                                                + fresh(operation, this::deposit)
                                                        .get() + "/")
                                : url,
                        "{\"reason\":\"Authorisation matrix\"}");
            case "/api/v1/funds/{code}/rates" -> Call.json(method, url, "{}");
            case "/api/v1/funds/{code}/{kind}" -> Call.json(method, url, DEPOSIT);
            case "/api/v1/action-plans" -> Call.json(method, url, """
                    {"framework": "%s", "version": "1", "jurisdiction": "RS", "title": "Matrix plan",
                     "status": "DRAFTING"}""".formatted(MATRIX_FRAMEWORK));
            case "/api/v1/action-plans/{id}" -> {
                JsonNode plan = JSON.readTree(body(url));
                yield Call.json(method, url, """
                        {"framework": "%s", "version": "%s", "jurisdiction": "%s", "title": %s, "status": "%s"}""".formatted(
                                plan.get("framework").asString(),
                                plan.get("version").asString(),
                                plan.get("jurisdiction").asString(),
                                plan.get("title").toString(),
                                plan.get("status").asString()));
            }
            case "/api/v1/action-plans/{id}/indicators" -> Call.json(method, url, """
                    {"code": "NI-M%d", "title": "Matrix indicator", "unit": "count", "feeds": ["KPI-1"]}""".formatted(n));
            case "/api/v1/activities" -> Call.json(method, url, """
                    {"plan": %s, "objective": "G1", "organisation": "Police", "title": "Matrix activity",
                     "start": "2026-01-01", "end": "2026-12-31", "funding": {"source": "NATIONAL"}, "status": "ONGOING"}""".formatted(xkPlan));
            case "/api/v1/activities/{id}" -> {
                var activity = (ObjectNode) JSON.readTree(body(url));
                activity.remove(List.of("id", "kind", "demo"));
                yield Call.json(method, url, activity.toString());
            }
            case "/api/v1/reports/{id}/activities" ->
                Call.json(method, url, "[]").ifMatch(etag(url.replace("/activities", "")));
            case "/api/v1/reports" -> Call.json(method, url, """
                    {"framework": "WB-SALW-ROADMAP", "jurisdiction": "RS", "period": "2155S1"}""");
            case "/api/v1/reports/{id}/evidence" -> new Call(method, url, null, "record.pdf", PDF, null);
            case "/api/v1/reports/{id}/narratives" ->
                Call.json(
                                method,
                                "/api/v1/reports/" + progressDraft + "/narratives",
                                "[{\"objective\": \"G3\", \"progress\": \"Joint operations.\"}]")
                        .ifMatch(etag("/api/v1/reports/" + progressDraft));
            case "/api/v1/reports/{id}/values" ->
                Call.json(method, url, "[{\"indicator\": \"KPI-5\", \"value\": \"20\"}]")
                        .ifMatch(etag(url.replace("/values", "")));
            case "/api/v1/reports/{id}/transitions" -> {
                String report = fresh(operation, this::completeDraft).get();
                yield Call.json(method, "/api/v1/reports/" + report + "/transitions", "{\"action\": \"SUBMIT\"}");
            }
            case "/api/v1/reports/{id}/upload" ->
                new Call(
                                method,
                                url,
                                null,
                                "template.xlsx",
                                secretariat()
                                        .getBytes(url.replace("/upload", "/template.xlsx"))
                                        .body(),
                                null)
                        .ifMatch(etag(url.replace("/upload", "")));
            case "/api/v1/imports" ->
                new Call(method, url + "?type=trainings", "text/csv", """
                    jurisdiction,training_ref,title,topic,started_on,ended_on
                    RS,MATRIX-%d,Tracing,TRACING,2024-04-15,2024-04-17
                    """.formatted(n), null, null);
            case "/api/v1/publications" -> Call.json(method, url, """
                    {"kind": "JURISDICTION_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2079",
                     "jurisdiction": "RS", "format": "html", "language": "en"}""");
            case "/api/v1/publications/{id}/reissue" ->
                Call.json(method, "/api/v1/publications/" + reissuable + "/reissue", "{\"format\": \"html\"}");
            case "/api/v1/evidence/{type}" -> Call.json(method, url, armsEvent(n));
            case "/api/v1/evidence/{type}/{id}" ->
                Call.json(method, url, body(url)).ifMatch(etag(url));
            case "/api/v1/meetings" -> Call.json(method, url, localMeeting("Matrix meeting " + n));
            case "/api/v1/meetings/{id}" -> Call.json(method, url, localMeeting("Matrix meeting"));
            case "/api/v1/meetings/{id}/decisions" -> Call.json(method, url, "{\"text\": \"Matrix decision\"}");
            case "/api/v1/meetings/{id}/action-points" -> Call.json(method, url, """
                    {"title": "Matrix action point", "owner": "Someone", "due": "2124-01-01"}""");
            case "/api/v1/action-points/{id}" -> Call.json(method, url, "{\"status\": \"OPEN\"}");
            case "/api/v1/poa-reports" ->
                Call.json(
                        method,
                        url,
                        "{\"jurisdiction\": \"RS\", \"cycle\": "
                                + fresh(operation, new ArrayDeque<>(List.of("2153", "2154", "2155", "2156"))::pop)
                                        .get()
                                + "}");
            case "/api/v1/poa-reports/{id}/answers" ->
                Call.json(method, url, "[{\"question\": \"TRACING\", \"answer\": \"NO\"}]")
                        .ifMatch(etag(url.replace("/answers", "")));
            case "/api/v1/poa-reports/{id}/prefill" ->
                new Call(method, url, null, null, null, null).ifMatch(etag(url.replace("/prefill", "")));
            default ->
                throw new AssertionError("No valid request for " + operation
                        + ": add one to AuthorisationMatrixTest.request, so that an allowed caller's answer proves"
                        + " the write is permitted");
        };
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

    /** A jurisdiction report of RS that editor.rs asked for and the jobs generated, kept with its inputs. */
    private String reissuable;

    private String generatedRsPublication(Http editor) {
        var asked = editor.post("/api/v1/publications", """
                {"kind": "JURISDICTION_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2079",
                 "jurisdiction": "RS", "format": "html", "language": "en"}""");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        String id = JSON.readTree(asked.body()).get("id").asString();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String state;
        do {
            sleep(300);
            state = JSON.readTree(editor.get("/api/v1/publications/" + id).body())
                    .get("state")
                    .asString();
        } while (!state.equals("SUCCEEDED") && !state.equals("FAILED") && System.nanoTime() < until);
        assertThat(state).as("publication " + id).isEqualTo("SUCCEEDED");
        return id;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    private static final String MATRIX_FRAMEWORK = "MATRIX-FW";

    /** Serbia's semi-annual progress report, the kind that collects narratives. */
    private String progressDraft;

    private static final String NEW_FUND = "MATRIX-NEW";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String DEPOSIT = """
            {"donor":"DE","date":"%s","amount":"5","currency":"EUR","usdRate":"1.08"}""".formatted(LocalDate.now().minusDays(2));

    /** A small framework of the matrix's own, so that replacing it with itself disturbs no one. */
    private static String framework(String code) {
        return """
                {"code": "%s", "name": "Matrix framework", "objectiveLabel": "GOAL", "region": "WB",
                 "reportingPeriodType": "YEARLY", "version": "1", "status": "ACTIVE",
                 "objectives": [{"code": "G1", "number": 1, "title": "Goal one", "indicators": [
                   {"code": "K1", "title": "People trained", "type": "COUNT", "aggregation": "SUM",
                    "valueSource": "REPORTED"}]}]}""".formatted(code);
    }

    private static String armsEvent(int n) {
        return """
                {"jurisdiction": "RS", "eventRef": "MATRIX-%d-%d", "eventType": "FOUND", "eventDate": "2017-01-01"}""".formatted(n, System.nanoTime());
    }

    private static String localMeeting(String title) {
        return """
                {"type": "LOCAL_COORDINATION", "title": "%s", "start": "2121-06-01T10:00", "end": "2121-06-01T15:00",
                 "timeZone": "Europe/Belgrade", "jurisdiction": "RS", "public": false}""".formatted(title);
    }

    /** A deposit into SLW00 for a reversal to undo. */
    private String deposit() {
        var res = Http.api(port).basic("fund.admin@demo", "demo").post("/api/v1/funds/SLW00/deposits", DEPOSIT);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asString();
    }

    private final Deque<String> submittable = new ArrayDeque<>(List.of("2153", "2155", "2156"));

    /** A draft of Serbia with every value filled in, which its editor or the secretariat may submit. */
    private String completeDraft() {
        Http editor = Http.api(port).basic("editor.rs@demo", "demo");
        String period = submittable.pop();
        OpenPeriods.open(port, "WB-SALW-ROADMAP", period);
        var created = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"" + period + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        JsonNode doc = JSON.readTree(body("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030"));
        var values = JSON.createArrayNode();
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if ("DERIVED".equals(i.path("valueSource").asString())) {
                    continue;
                }
                var v = values.addObject().put("indicator", i.get("code").asString());
                switch (i.get("type").asString()) {
                    case "RATIO" -> v.put("numerator", "1").put("denominator", "2");
                    case "ORDINAL" ->
                        v.put("value", i.get("levels").get(0).get("value").asString());
                    case "YES_NO" -> v.put("value", "1");
                    case "PERCENTAGE" -> v.put("value", "50");
                    case "NARRATIVE" -> v.put("value", "Text");
                    default -> v.put("value", "10");
                }
            }
        }
        var filled = editor.put(
                "/api/v1/reports/" + id + "/values",
                JSON.writeValueAsString(values),
                "If-Match",
                etag("/api/v1/reports/" + id));
        assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
        return id;
    }

    private static Map.Entry<String, String> row(String operation, String answers) {
        return Map.entry(operation, answers);
    }
}
