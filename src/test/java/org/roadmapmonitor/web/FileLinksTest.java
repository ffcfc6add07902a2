package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which links a page lets the resource chain rewrite: files only (it versions webjars), never links to pages. */
class FileLinksTest {
    @Test
    void linksWhoseLastSegmentHasAnExtensionNameFiles() {
        assertThat(FileLinks.namesAFile("/webjars/leaflet/dist/leaflet.js")).isTrue();
        assertThat(FileLinks.namesAFile("/css/analytics-pages.css")).isTrue();
        assertThat(FileLinks.namesAFile("/geo/countries.geo.json")).isTrue();
        assertThat(FileLinks.namesAFile("/frameworks/WB/dashboard/matrix.csv?period=2024"))
                .isTrue();
    }

    @Test
    void linksIntoTheFoldersOfFilesNameFilesWithoutAnExtension() {
        assertThat(FileLinks.namesAFile("/webjars/htmx.org/dist/htmx")).isTrue();
        assertThat(FileLinks.namesAFile("/img/logo")).isTrue();
        assertThat(FileLinks.namesAFile("/js/map")).isTrue();
    }

    @Test
    void linksToPagesDoNot() {
        assertThat(FileLinks.namesAFile("/frameworks/WB-SALW-ROADMAP/jurisdictions/AL"))
                .isFalse();
        assertThat(FileLinks.namesAFile("/frameworks/V1.2/kpis/KPI-1")).isFalse();
        assertThat(FileLinks.namesAFile("/frameworks/WB/map?kpi=KPI.9")).isFalse();
        assertThat(FileLinks.namesAFile("/frameworks/WB/dashboard;jsessionid=A.B"))
                .isFalse();
        assertThat(FileLinks.namesAFile("#kpi-KPI-1")).isFalse();
        assertThat(FileLinks.namesAFile("/cssx/page")).isFalse();
    }
}
