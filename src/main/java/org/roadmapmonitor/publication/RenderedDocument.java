package org.roadmapmonitor.publication;

import java.util.List;

/**
 * A generated file and the figures it shows. The figures are kept with the file, so that a reader can see
 * which values a document was made from, and whether any has changed since. {@code inputs} is what the renderer
 * read, in its own JSON form, for a renderer that can issue the document again from it (null otherwise).
 */
public record RenderedDocument(byte[] content, List<Figure> figures, String inputs) {

    public RenderedDocument {
        figures = List.copyOf(figures);
    }

    public RenderedDocument(byte[] content, List<Figure> figures) {
        this(content, figures, null);
    }

    /**
     * One figure used: a stable {@code key} (e.g. {@code KPI-1/RS/2025}), the value as printed in a neutral
     * form (a plain decimal, a code) and where it came from (e.g. {@code published report 42}).
     */
    public record Figure(String key, String value, String source) {}
}
