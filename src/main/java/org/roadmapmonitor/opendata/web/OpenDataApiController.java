package org.roadmapmonitor.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.roadmapmonitor.opendata.OpenDataCatalog;
import org.roadmapmonitor.shared.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/open-data")
@Tag(name = "Open data", description = "Every published dataset, with a DCAT-style catalogue (public)")
class OpenDataApiController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OpenDataCatalog catalog;
    private final String licence;

    OpenDataApiController(
            OpenDataCatalog catalog,
            @Value("${roadmap.open-data.licence:https://creativecommons.org/licenses/by/4.0/}") String licence) {
        this.catalog = catalog;
        this.licence = licence;
    }

    /** A DCAT catalogue, with DCAT's property names and JSON-LD's @type. */
    record Catalog(
            String type,
            String title,
            String description,
            String license,
            Instant modified,
            List<DatasetItem> dataset) {}

    record DatasetItem(
            String type,
            String identifier,
            String title,
            String description,
            String license,
            Instant modified,
            String landingPage,
            List<Distribution> distribution) {}

    record Distribution(String type, String title, String format, String mediaType, String downloadURL) {}

    @GetMapping("/catalog")
    @Operation(
            summary = "The catalogue of published datasets (DCAT-style JSON): title, description, licence, last"
                    + " modified and a distribution per format with its downloadURL and media type")
    Catalog catalog() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        var items = catalog.datasets().stream()
                .map(d -> new DatasetItem(
                        "dcat:Dataset",
                        d.id(),
                        d.title(),
                        d.description(),
                        licence,
                        d.modified(),
                        base + "/open-data#" + d.id(),
                        OpenDataCatalog.FORMATS.stream()
                                .map(f -> new Distribution(
                                        "dcat:Distribution",
                                        d.title() + " (" + f.toUpperCase() + ")",
                                        f.toUpperCase(),
                                        mediaType(f),
                                        base + "/api/v1/open-data/datasets/" + d.id() + "." + f))
                                .toList()))
                .toList();
        Instant modified = items.stream()
                .map(DatasetItem::modified)
                .filter(m -> m != null)
                .max(Instant::compareTo)
                .orElse(null);
        return new Catalog(
                "dcat:Catalog",
                Texts.of("opendata.catalog.title"),
                Texts.of("opendata.catalog.description"),
                licence,
                modified,
                items);
    }

    @GetMapping("/datasets/{dataset:[A-Za-z0-9_-]+}.{format:csv|xlsx|json}")
    @Operation(summary = "A published dataset as CSV, XLSX or JSON, streamed (its stable download URL)")
    void download(@PathVariable String dataset, @PathVariable String format, HttpServletResponse res)
            throws IOException {
        var d = catalog.dataset(dataset);
        res.setContentType(mediaType(format));
        res.setHeader("Content-Disposition", "attachment; filename=\"" + d.id() + "." + format + "\"");
        catalog.write(d.id(), format, res.getOutputStream());
    }

    static String mediaType(String format) {
        return switch (format) {
            case "csv" -> "text/csv;charset=UTF-8";
            case "xlsx" -> XLSX;
            default -> "application/json";
        };
    }
}
