package org.roadmapmonitor.publication.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a {@link Doc} as one self-contained XHTML page (styles and charts inside), the same page a browser
 * shows and the PDF is printed from. The template is {@code templates/publication/document.html}.
 */
@Component
public class DocHtml {
    private final ITemplateEngine templates;

    DocHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The page; {@code print} adds the running page numbers and page breaks of the PDF. */
    public String write(Doc doc, boolean print) {
        var context = new Context(
                Locale.forLanguageTag(doc.language()),
                Map.of("doc", doc, "print", print, "printCss", printCss(doc.words())));
        return templates.process("publication/document", context);
    }

    public byte[] bytes(Doc doc) {
        return write(doc, false).getBytes(StandardCharsets.UTF_8);
    }

    /** Page numbers in the document's words, page breaks, repeated table headers and the contents' page numbers. */
    private static String printCss(Doc.Words words) {
        return """
                @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                  @bottom-center { content: "%s " counter(page) " %s " counter(pages); font-family: 'DejaVu Sans';
                    font-size: 8pt; color: #555f6d; } }
                @page:first { @bottom-center { content: none; } }
                table { -fs-table-paginate: paginate; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                section.level-1, nav.toc { page-break-before: always; }
                .toc a { text-decoration: none; color: #1b1f24; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                .chart svg { width: 170mm; height: 85mm; }
                """.formatted(css(words.page()), css(words.of()));
    }

    private static String css(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
