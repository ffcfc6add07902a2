package org.roadmapmonitor.publication.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts for documents, drawn by JFreeChart into SVG (Batik's SVG generator), so that they stay sharp at any
 * zoom in the PDF and the browser. The shipped DejaVu Sans is used for their words, so that a machine without
 * fonts draws the same chart.
 */
public final class SvgCharts {
    private static final Font FONT = load();
    private static final Color[] SERIES = {new Color(0x8a96a8), new Color(0x153e75), new Color(0x2e8b57)};

    private SvgCharts() {}

    /** One bar of a category per series; {@code values[series][category]}, null where there is no value. */
    public record Bars(List<String> categories, List<String> series, Number[][] values, String axis) {}

    /** A grouped bar chart (horizontal when there are many categories). */
    public static String bars(Bars data, int width, int height) {
        var dataset = new DefaultCategoryDataset();
        for (int s = 0; s < data.series().size(); s++) {
            for (int c = 0; c < data.categories().size(); c++) {
                dataset.addValue(
                        data.values()[s][c],
                        data.series().get(s),
                        data.categories().get(c));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(
                null,
                null,
                data.axis(),
                dataset,
                PlotOrientation.VERTICAL,
                data.series().size() > 1,
                false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT.deriveFont(10f));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xc8cfd9));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(FONT.deriveFont(10f));
        domain.setMaximumCategoryLabelLines(2);
        if (data.categories().size() > 6) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getRangeAxis().setTickLabelFont(FONT.deriveFont(10f));
        plot.getRangeAxis().setLabelFont(FONT.deriveFont(10f));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        for (int s = 0; s < data.series().size(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        return svg(chart, width, height);
    }

    private static String svg(JFreeChart chart, int width, int height) {
        var document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        var g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle(0, 0, width, height));
        var root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "aria-hidden", "true");
        var out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString();
        // The page embeds the element, not a file: no XML declaration or doctype before it.
        return svg.substring(svg.indexOf("<svg"));
    }

    private static Font load() {
        try (var in = SvgCharts.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
