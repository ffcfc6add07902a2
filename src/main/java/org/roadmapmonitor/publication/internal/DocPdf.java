package org.roadmapmonitor.publication.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Prints a {@link Doc} to PDF through its HTML: tagged for screen readers (PDF/UA), DejaVu Sans embedded (shipped
 * in {@code resources/fonts} with its licence, so that a machine without fonts prints the same), charts drawn
 * as vectors, page numbers, a table of contents with page numbers and tables whose header repeats on each page.
 */
@Component
public class DocPdf {
    static final String FAMILY = "DejaVu Sans";

    private final DocHtml html;

    DocPdf(DocHtml html) {
        this.html = html;
    }

    public byte[] write(Doc doc) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html.write(doc, true), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> DocPdf.class.getResourceAsStream("/fonts/" + file), FAMILY, weight, style, true);
    }
}
