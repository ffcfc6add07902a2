package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.webjars.WebJarVersionLocator;

/**
 * A page's links to other pages are written as they are, without asking the resource chain (a search of the class
 * path each, a third of the global dashboard's rendering); links to files still go through it, so webjars keep
 * their versioned paths. The resource chain is watched through a spy, so this class has an application of its own.
 */
@IntegrationTest
class PageLinksTest {
    private static final String FW = "WB-SALW-ROADMAP";

    @LocalServerPort
    int port;

    @MockitoSpyBean
    ResourceUrlProvider resources;

    /** The paths the resource chain was asked about since the last call. */
    private List<String> asked() {
        var paths = Mockito.mockingDetails(resources).getInvocations().stream()
                .filter(i -> i.getMethod().getName().startsWith("getFor"))
                .map(i -> String.valueOf(i.getArguments()[i.getArguments().length - 1]))
                .toList();
        Mockito.clearInvocations(resources);
        return paths;
    }

    private void onlyFilesAskedAbout(String path) {
        List<String> paths = asked();
        assertThat(paths)
                .as("the resource chain is still asked about the page's files")
                .isNotEmpty();
        assertThat(paths)
                .as("only files, on " + path)
                .allMatch(p -> p.contains(".") || p.startsWith("/webjars/") || p.startsWith("webjars/"));
    }

    @Test
    void theSecretariatsDashboardAsksTheResourceChainOnlyAboutFiles() {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        asked();
        String page = secretariat.get("/frameworks/" + FW + "/dashboard").body();
        onlyFilesAskedAbout("the dashboard");
        String leaflet = new WebJarVersionLocator().version("leaflet");
        assertThat(page)
                .contains("/webjars/leaflet/" + leaflet + "/dist/leaflet.js")
                .contains("/css/analytics-pages.css")
                .contains("href=\"/frameworks/" + FW + "/kpis/KPI-1\"")
                .doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aPublicPageAndTheMapsSwappedPanelToo() {
        var visitor = Http.browser(port);
        asked();
        String page = visitor.get("/frameworks/" + FW + "/map?kpi=KPI-9").body();
        onlyFilesAskedAbout("the map");
        assertThat(page).contains("/webjars/leaflet/" + new WebJarVersionLocator().version("leaflet") + "/dist/");
        String panel = visitor.get("/frameworks/" + FW + "/map?kpi=KPI-9", "HX-Request", "true")
                .body();
        assertThat(asked()).allMatch(p -> p.contains("."));
        assertThat(panel).contains("href=\"/frameworks/" + FW + "/jurisdictions/AL\"");
    }
}
