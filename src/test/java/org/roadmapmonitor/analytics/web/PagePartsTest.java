package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which links a kept part lets the resource chain rewrite: files only (it versions them), never links to pages. */
class PagePartsTest {
    @Test
    void onlyLinksToFilesGoThroughTheResourceChain() {
        assertThat(PageParts.namesAFile("/webjars/leaflet/dist/leaflet.js")).isTrue();
        assertThat(PageParts.namesAFile("/css/analytics-pages.css")).isTrue();
        assertThat(PageParts.namesAFile("/geo/countries.geo.json")).isTrue();
        assertThat(PageParts.namesAFile("/frameworks/WB/dashboard/matrix.csv?period=2024"))
                .isTrue();
        assertThat(PageParts.namesAFile("/frameworks/WB-SALW-ROADMAP/jurisdictions/AL"))
                .isFalse();
        assertThat(PageParts.namesAFile("/frameworks/V1.2/kpis/KPI-1")).isFalse();
        assertThat(PageParts.namesAFile("/frameworks/WB/map?kpi=KPI.9")).isFalse();
        assertThat(PageParts.namesAFile("#kpi-KPI-1")).isFalse();
    }
}
