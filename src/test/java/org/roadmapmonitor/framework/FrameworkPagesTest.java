package org.roadmapmonitor.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.framework.FrameworkCatalogue.ImportMode;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The secretariat's editing pages, through the real server with session and CSRF. */
@IntegrationTest
class FrameworkPagesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    ReportingCalendar calendar;

    Http secretariat;

    @BeforeEach
    void signIn() {
        secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
    }

    private String fresh(String code) {
        var doc = FrameworkApiTest.minimal(code);
        SystemActor.run(() -> catalogue.importDocument(
                catalogue.parse(JSON.writeValueAsBytes(doc)), ImportMode.CREATE_OR_REPLACE, null));
        return "/frameworks/" + code + "/versions/1";
    }

    @Test
    void notesOnWhereTheContentComesFromSitBehindOneBadgeEachNotInTheText() {
        String page = Http.browser(port)
                .get("/frameworks/WB-SALW-ROADMAP/versions/2030")
                .body();
        // Strip every disclosure: what remains is what a reader sees without opening one.
        String visible = page.replaceAll("(?s)<details.*?</details>", "");
        assertThat(visible)
                .doesNotContain("is not verified")
                .doesNotContain("Carried over from Roadmap 2024")
                .doesNotContain("seesac.org");
        assertThat(page).contains("whether Roadmap 2030 changed this goal");
        var badges = java.util.regex.Pattern.compile(
                        "<details class=\"note\"><summary><span class=\"badge warn\">Not official wording</span>")
                .matcher(page)
                .results()
                .count();
        assertThat(badges).as("one badge per goal").isEqualTo(7);
        assertThat(Http.browser(port)
                        .get("/frameworks/WB-SALW-ROADMAP/versions/2030/indicators/KPI-5")
                        .body())
                .contains("<summary><span class=\"badge warn\">Not official wording</span></summary>");
    }

    @Test
    void editingAnObjectiveChangesItAndKeepsItsIndicators() {
        String base = fresh("TEST-PAGE-OBJ");
        long revision = catalogue.revision("TEST-PAGE-OBJ", "1");
        var res = secretariat.submit(
                base + "/objectives/G1/edit",
                base + "/objectives",
                Map.of(
                        "original",
                        "G1",
                        "code",
                        "G1",
                        "number",
                        "1",
                        "title",
                        "Goal one, reworded",
                        "targetYear",
                        "2030",
                        "revision",
                        String.valueOf(revision)));
        assertThat(res.statusCode()).isEqualTo(302);
        var doc = catalogue.document("TEST-PAGE-OBJ", "1");
        assertThat(doc.objectives().get(0).title()).isEqualTo("Goal one, reworded");
        assertThat(doc.objectives().get(0).targetYear()).isEqualTo(2030);
        assertThat(doc.objectives().get(0).indicators())
                .extracting(FrameworkDocument.Indicator::code)
                .containsExactly("K1");
    }

    @Test
    void aStaleFormIsRefusedWithAMessageAndChangesNothing() {
        String base = fresh("TEST-PAGE-STALE");
        long revision = catalogue.revision("TEST-PAGE-STALE", "1");
        var first = Map.of(
                "original",
                "G1",
                "code",
                "G1",
                "number",
                "1",
                "title",
                "First edit",
                "revision",
                String.valueOf(revision));
        secretariat.submit(base + "/objectives/G1/edit", base + "/objectives", first);
        var second = Map.of(
                "original",
                "G1",
                "code",
                "G1",
                "number",
                "1",
                "title",
                "Second edit",
                "revision",
                String.valueOf(revision));
        var res = secretariat.submit(base + "/objectives/G1/edit", base + "/objectives", second);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("changed by someone else");
        assertThat(catalogue
                        .document("TEST-PAGE-STALE", "1")
                        .objectives()
                        .get(0)
                        .title())
                .isEqualTo("First edit");
    }

    @Test
    void anIndicatorFormListsEveryProblemAndSavesNothing() {
        String base = fresh("TEST-PAGE-BAD");
        Map<String, String> form = indicatorForm("K2", "PERCENTAGE", "SUM");
        form.put("max", "150");
        form.put("baselines[0].jurisdiction", "RS");
        form.put("baselines[0].year", "2018");
        form.put("baselines[0].value", "lots");
        form.put("revision", String.valueOf(catalogue.revision("TEST-PAGE-BAD", "1")));
        var res = secretariat.submit(base + "/indicators/new?objective=G1", base + "/indicators", form);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("baselines[0].value");
        assertThat(catalogue.document("TEST-PAGE-BAD", "1").indicator("K2")).isEmpty();

        form.put("baselines[0].value", "12.5");
        var again = secretariat.submit(base + "/indicators/new?objective=G1", base + "/indicators", form);
        assertThat(again.body()).contains("validation.max").contains("between 0 and 100");
        assertThat(catalogue.document("TEST-PAGE-BAD", "1").indicator("K2")).isEmpty();
    }

    @Test
    void aNewIndicatorIsSavedWithItsBaselineAndCanMoveToAnotherObjective() {
        String base = fresh("TEST-PAGE-NEW");
        var obj = Map.of(
                "code",
                "G2",
                "number",
                "2",
                "title",
                "Goal two",
                "revision",
                String.valueOf(catalogue.revision("TEST-PAGE-NEW", "1")));
        secretariat.submit(base + "/objectives/new", base + "/objectives", obj);
        Map<String, String> form = indicatorForm("K2", "COUNT", "SUM");
        form.put("disaggregations", "sex");
        form.put("baselines[0].jurisdiction", "XK");
        form.put("baselines[0].year", "2018");
        form.put("baselines[0].value", "42");
        form.put("revision", String.valueOf(catalogue.revision("TEST-PAGE-NEW", "1")));
        var res = secretariat.submit(base + "/indicators/new?objective=G1", base + "/indicators", form);
        assertThat(res.statusCode()).isEqualTo(302);
        var k2 = catalogue.document("TEST-PAGE-NEW", "1").indicator("K2").orElseThrow();
        assertThat(k2.baselines())
                .singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualByComparingTo("42"));
        assertThat(k2.disaggregations()).containsExactly("sex");

        form.put("original", "K2");
        form.put("objective", "G2");
        form.put("revision", String.valueOf(catalogue.revision("TEST-PAGE-NEW", "1")));
        secretariat.submit(base + "/indicators/K2/edit", base + "/indicators", form);
        var doc = catalogue.document("TEST-PAGE-NEW", "1");
        assertThat(doc.objectiveOf("K2").orElseThrow().code()).isEqualTo("G2");
        assertThat(doc.indicators().filter(i -> i.code().equals("K2")).count()).isEqualTo(1);
        String page = secretariat.get(base + "/indicators/K2").body();
        assertThat(page).contains("Kosovo").contains("Security Council resolution 1244 (1999)");
    }

    @Test
    void theImportPageListsEveryProblemOfAPastedDocument() {
        var res = secretariat.submit(
                "/frameworks/import",
                "/frameworks/import",
                Map.of("text", "{\"code\": \"bad code\", \"objectives\": []}"));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body())
                .contains("Nothing was stored")
                .contains("objectiveLabel")
                .contains("is required")
                .contains("must list at least one objective");
    }

    @Test
    void aVersionCanBeCopiedAsADraft() {
        String base = fresh("TEST-PAGE-COPY");
        var res = secretariat.submit(base, base + "/copy", Map.of("newVersion", "2"));
        assertThat(res.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/versions/2"));
        var copy = asSecretariat(() -> catalogue.document("TEST-PAGE-COPY", "2"));
        assertThat(Http.api(port)
                        .get("/api/v1/frameworks/TEST-PAGE-COPY/versions/2")
                        .statusCode())
                .as("a draft is not public")
                .isEqualTo(404);
        assertThat(copy.status()).isEqualTo(Vocabulary.VersionStatus.DRAFT);
        assertThat(copy.indicators().count()).isEqualTo(1);
    }

    @Test
    void theCalendarAddsAYearOfPeriodsWithDefaultDatesAndRefusesTheWrongType() {
        fresh("TEST-PAGE-CAL");
        secretariat.submit(
                "/frameworks/TEST-PAGE-CAL/calendar",
                "/frameworks/TEST-PAGE-CAL/calendar/year",
                Map.of("year", "2025"));
        var periods = calendar.periods("TEST-PAGE-CAL");
        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.period().code()).isEqualTo("2025");
            assertThat(p.opensOn()).hasToString("2026-01-01");
            assertThat(p.closesOn()).hasToString("2026-03-02");
        });
        var refused = secretariat.submit(
                "/frameworks/TEST-PAGE-CAL/calendar", "/frameworks/TEST-PAGE-CAL/calendar", Map.of("period", "2025S1"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(secretariat.get("/frameworks/TEST-PAGE-CAL/calendar").body()).contains("2025S1 is not one of them");
        assertThat(calendar.periods("TEST-PAGE-CAL")).hasSize(1);
    }

    @Test
    void aCrosswalkToOneVersionShowsOnlyOnThatVersion() {
        // the EU Action Plan 2020-2025 integrated the Roadmap KPIs in force in 2020: Roadmap 2024's
        var anonymous = Http.api(port);
        assertThat(anonymous
                        .get("/frameworks/WB-SALW-ROADMAP/versions/2024/indicators/KPI-1")
                        .body())
                .contains("EU-FIREARMS-ACTION-PLAN");
        assertThat(anonymous
                        .get("/frameworks/WB-SALW-ROADMAP/versions/2030/indicators/KPI-1")
                        .body())
                .doesNotContain("EU-FIREARMS-ACTION-PLAN");
    }

    @Test
    void anEditorCannotEditFrameworks() {
        String base = fresh("TEST-PAGE-EDITOR");
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        var res = editor.submit(
                base,
                base + "/objectives",
                Map.of(
                        "code",
                        "G9",
                        "number",
                        "9",
                        "title",
                        "Sneaky",
                        "revision",
                        String.valueOf(catalogue.revision("TEST-PAGE-EDITOR", "1"))));
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(catalogue.document("TEST-PAGE-EDITOR", "1").objective("G9")).isEmpty();
    }

    private static <T> T asSecretariat(java.util.function.Supplier<T> work) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        SystemActor.run(() -> result.set(work.get()));
        return result.get();
    }

    private static Map<String, String> indicatorForm(String code, String type, String aggregation) {
        var form = new HashMap<String, String>();
        form.put("code", code);
        form.put("objective", "G1");
        form.put("title", "Indicator " + code);
        form.put("type", type);
        form.put("aggregation", aggregation);
        form.put("valueSource", "REPORTED");
        return form;
    }
}
