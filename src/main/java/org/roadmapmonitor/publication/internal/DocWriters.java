package org.roadmapmonitor.publication.internal;

import java.util.EnumSet;
import java.util.Set;
import org.roadmapmonitor.publication.PublicationFormat;
import org.springframework.stereotype.Component;

/** A laid-out document in the format asked for. */
@Component
public class DocWriters {
    /** What a {@link Doc} can be written as. */
    public static final Set<PublicationFormat> FORMATS =
            EnumSet.of(PublicationFormat.PDF, PublicationFormat.HTML, PublicationFormat.XLSX);

    private final DocHtml html;
    private final DocPdf pdf;

    DocWriters(DocHtml html, DocPdf pdf) {
        this.html = html;
        this.pdf = pdf;
    }

    public byte[] write(Doc doc, PublicationFormat format) {
        return switch (format) {
            case PDF -> pdf.write(doc);
            case HTML -> html.bytes(doc);
            case XLSX -> DocXlsx.write(doc);
            case JSON -> throw new IllegalArgumentException("A laid-out document has no JSON form");
        };
    }
}
