package org.roadmapmonitor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's frame needs: the user, the demo banner, the language links. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {
    private final DemoMode demo;
    private final JurisdictionDirectory jurisdictions;
    private final org.roadmapmonitor.reporting.Notifications notifications;

    LayoutAdvice(
            DemoMode demo,
            JurisdictionDirectory jurisdictions,
            org.roadmapmonitor.reporting.Notifications notifications) {
        this.notifications = notifications;
        this.demo = demo;
        this.jurisdictions = jurisdictions;
    }

    /**
     * The designation footnotes every page prints unless it lists its own (a framework's or a fund's page
     * lists those in the wording it chose): the UN's wording, in the reader's language.
     */
    @ModelAttribute("designations")
    public List<Designations.Footnote> designations(Locale locale, HttpServletRequest request) {
        return api(request) ? List.of() : designations(locale);
    }

    public List<Designations.Footnote> designations(Locale locale) {
        return jurisdictions.footnotes(jurisdictions.all(), Designations.Convention.UN, locale);
    }

    /**
     * Whether the request is for the JSON API, whose {@code @RestController}s this advice reaches too ({@code
     * Controller} is their meta-annotation) but which render no page: two queries per API call saved.
     */
    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    public record LanguageLink(String code, String name, String href, boolean current) {}

    @ModelAttribute("demoMode")
    public boolean demoMode() {
        return demo.enabled();
    }

    /** Unread notifications of the signed-in user, shown beside "Reports". */
    @ModelAttribute("unread")
    public long unread(HttpServletRequest request) {
        if (api(request)) {
            return 0;
        }
        return CurrentUser.get().map(u -> notifications.unread(u.id())).orElse(0L);
    }

    @ModelAttribute("me")
    public RoadmapUser me() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("languages")
    public List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
        return WebConfiguration.LANGUAGES.stream()
                .map(l -> new LanguageLink(
                        l.getLanguage(),
                        l.getDisplayLanguage(l),
                        UriComponentsBuilder.fromUriString(request.getRequestURI()
                                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()))
                                .replaceQueryParam("lang", l.getLanguage())
                                .replaceQueryParam("continue")
                                .build()
                                .toUriString(),
                        l.getLanguage().equals(locale.getLanguage())))
                .toList();
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
