package org.roadmapmonitor.publication.web;

import java.net.URI;
import java.util.List;
import org.roadmapmonitor.publication.Publication;
import org.roadmapmonitor.publication.Publications;
import org.roadmapmonitor.publication.RenderedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents generated in the background: a request in, a job out (202); its state and progress; its file
 * once it succeeded, and the figures the file shows; a kept document issued again from those figures.
 */
@RestController
@RequestMapping("/api/v1/publications")
class PublicationApiController {
    private final Publications publications;

    PublicationApiController(Publications publications) {
        this.publications = publications;
    }

    record Accepted(long id, Publication.State state) {}

    record Status(
            long id,
            String kind,
            Publication.State state,
            int progress,
            String framework,
            String period,
            String kpiPeriod,
            String jurisdiction,
            String fund,
            String format,
            String language,
            Integer number,
            String sha256,
            Long reissueOf) {
        static Status of(Publication p) {
            var r = p.request();
            return new Status(
                    p.id(),
                    p.kind().name(),
                    p.state(),
                    p.percent(),
                    r.framework(),
                    r.periodCode(),
                    r.kpiPeriod() == null ? null : r.kpiPeriod().code(),
                    r.jurisdiction(),
                    r.fund(),
                    r.format().code(),
                    r.language().toLanguageTag(),
                    p.number(),
                    p.sha256(),
                    p.reissueOf());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> generate(@RequestBody PublicationInput input) {
        Publication p = publications.submit(input.toRequest());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/publications/" + p.id()))
                .body(new Accepted(p.id(), p.state()));
    }

    /** Another format or language of a kept document (both optional: the original's). */
    record Reissue(String format, String language) {}

    /** The kept document issued again from the figures it used, as a new job (202). */
    @PostMapping(path = "/{id}/reissue", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> reissue(@PathVariable long id, @RequestBody Reissue input) {
        Publication p = publications.reissue(id, input.format(), input.language());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/publications/" + p.id()))
                .body(new Accepted(p.id(), p.state()));
    }

    @GetMapping
    List<Status> list() {
        return publications.list().stream().map(Status::of).toList();
    }

    @GetMapping("/{id}")
    Status status(@PathVariable long id) {
        return Status.of(publications.get(id));
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return download(publications, id);
    }

    /** The document as an attachment, with its media type and file name. */
    static ResponseEntity<byte[]> download(Publications publications, long id) {
        Publication p = publications.get(id);
        byte[] content = publications.file(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, p.format().mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(p.fileName())
                                .build()
                                .toString())
                .body(content);
    }

    @GetMapping("/{id}/figures")
    List<RenderedDocument.Figure> figures(@PathVariable long id) {
        return publications.figures(id);
    }
}
