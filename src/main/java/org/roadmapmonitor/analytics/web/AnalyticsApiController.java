package org.roadmapmonitor.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.AnalyticsQuery;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.shared.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The analytics API: values by indicator, jurisdiction or region, period and disaggregation, as JSON or CSV. */
@RestController
@Tag(
        name = "Analytics",
        description = "Indicator values folded by each indicator's rule, with baselines, targets and status")
class AnalyticsApiController {
    static final List<String> COLUMNS = List.of(
            "indicator",
            "jurisdiction",
            "period",
            "disaggregation",
            "value",
            "numerator",
            "denominator",
            "baseline",
            "target",
            "status",
            "source",
            "missing",
            "working");

    private final Analytics analytics;
    private final Answers answers;
    private final JsonMapper json;

    AnalyticsApiController(Analytics analytics, Answers answers, JsonMapper json) {
        this.analytics = analytics;
        this.answers = answers;
        this.json = json;
    }

    @GetMapping("/api/v1/analytics")
    @Operation(
            summary = "Indicator values: a region code gives the regional value by the indicator's rule; ratios are"
                    + " proportions; signed-in users also get the working values they may read (working: true)")
    @ApiResponse(
            responseCode = "200",
            content = {
                @Content(
                        mediaType = "application/json",
                        array = @ArraySchema(schema = @Schema(implementation = AnalyticsRow.class))),
                @Content(mediaType = "text/csv")
            })
    void rows(
            @Parameter(description = "framework code") @RequestParam(required = false) String framework,
            @Parameter(description = "indicator codes, comma-separated (all when absent)")
                    @RequestParam(required = false)
                    String indicator,
            @Parameter(description = "jurisdiction or region codes, comma-separated (members and region when absent)")
                    @RequestParam(required = false)
                    String jurisdiction,
            @Parameter(description = "period codes or ranges (2019S1:2024S2), comma-separated (all stored when absent)")
                    @RequestParam(required = false)
                    String period,
            @Parameter(description = "dimensions to break totals down by, e.g. sex") @RequestParam(required = false)
                    String disaggregate,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
            HttpServletResponse res)
            throws IOException {
        String as = format == null || format.isBlank() ? "json" : format.strip();
        if (!as.equals("json") && !as.equals("csv")) {
            throw new BadRequestException("format", "analytics.problem.format", as);
        }
        var query = AnalyticsQuery.parse(framework, indicator, jurisdiction, period, disaggregate);
        Answer answer = analytics.answer(
                query,
                name -> {
                    Encoded kept = answers.find(List.of(name, as));
                    return kept == null ? null : new Answer(kept, null);
                },
                (name, rows) -> answer(name.map(n -> List.of(n, as)), rows, as));
        headers(res, as);
        if (answer.kept() != null) {
            res.setContentLengthLong(answer.kept().length());
            answer.kept().writeTo(res.getOutputStream());
        } else {
            write(answer.rows(), as, res.getOutputStream());
        }
    }

    /** An answer kept for the public (encoded), or rows to stream: one only this caller may see, or a huge one. */
    private record Answer(Encoded kept, List<AnalyticsRow> rows) {}

    private Answer answer(Optional<Object> name, Supplier<List<AnalyticsRow>> rows, String as) {
        if (name.isEmpty()) {
            return new Answer(null, rows.get());
        }
        Encoded kept = answers.find(name.get());
        if (kept != null) {
            return new Answer(kept, null);
        }
        List<AnalyticsRow> computed = rows.get();
        if (!answers.fits(computed.size())) {
            return new Answer(null, computed);
        }
        var out = new Encoded.Writer();
        write(computed, as, out);
        Encoded body = out.done();
        answers.keep(name.get(), body, Analytics.readsWorking(name.get()));
        return new Answer(body, null);
    }

    private static void headers(HttpServletResponse res, String as) {
        if (as.equals("json")) {
            res.setContentType("application/json");
        } else {
            res.setContentType("text/csv;charset=UTF-8");
            res.setHeader("Content-Disposition", "attachment; filename=\"analytics.csv\"");
        }
    }

    private void write(List<AnalyticsRow> rows, String as, OutputStream out) {
        if (as.equals("json")) {
            AnalyticsJson.write(json, rows, out);
            return;
        }
        try (var table = SpreadsheetTable.csv(out, COLUMNS)) {
            for (AnalyticsRow r : rows) {
                table.add(cells(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Object> cells(AnalyticsRow r) {
        var disaggregation = new StringBuilder();
        r.disaggregation()
                .forEach((k, v) -> disaggregation
                        .append(disaggregation.isEmpty() ? "" : ";")
                        .append(k)
                        .append('=')
                        .append(v));
        return Arrays.asList(
                r.indicator(),
                r.jurisdiction(),
                r.period(),
                disaggregation.toString(),
                r.value(),
                r.numerator(),
                r.denominator(),
                r.baseline(),
                r.target(),
                r.status(),
                r.source(),
                String.join(" ", r.missing()),
                r.working());
    }
}
