package org.roadmapmonitor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.DemoMode;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.UrlBasedViewResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's frame needs: the user, the demo banner, the language links, the designation footnotes and the
 * unread notifications. Added to the model of a handler that renders a view, after it ran and only then: as
 * {@code @ModelAttribute} methods of a controller advice they ran (six reflective calls) for every call of the
 * JSON API too, whose {@code @RestController}s render no page. A handler's own attribute of the same name is kept.
 * Error pages get the same from {@link ErrorHandling}.
 */
@Component
class LayoutAdvice implements HandlerInterceptor {
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

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || !rendersPage(mav)) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        ModelMap model = mav.getModelMap();
        model.putIfAbsent("demoMode", demoMode());
        model.putIfAbsent("me", me());
        model.putIfAbsent("requestPath", request.getRequestURI());
        if (!model.containsAttribute("designations")) {
            model.addAttribute("designations", designations(locale));
        }
        if (!model.containsAttribute("languages")) {
            model.addAttribute("languages", languages(request, locale));
        }
        if (!model.containsAttribute("unread")) {
            model.addAttribute("unread", unread());
        }
    }

    /** Whether the handler's answer is a page (or a fragment of one), not a redirect or a forward. */
    private static boolean rendersPage(ModelAndView mav) {
        if (mav.getView() instanceof SmartView view) {
            return !view.isRedirectView();
        }
        String name = mav.getViewName();
        return name != null
                && !name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
                && !name.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX);
    }

    /**
     * The designation footnotes every page prints unless it lists its own (a framework's or a fund's page
     * lists those in the wording it chose): the UN's wording, in the reader's language.
     */
    public List<Designations.Footnote> designations(Locale locale) {
        return jurisdictions.footnotes(jurisdictions.all(), Designations.Convention.UN, locale);
    }

    public record LanguageLink(String code, String name, String href, boolean current) {}

    public boolean demoMode() {
        return demo.enabled();
    }

    /** Unread notifications of the signed-in user, shown beside "Reports". */
    public long unread() {
        return CurrentUser.get().map(u -> notifications.unread(u.id())).orElse(0L);
    }

    public RoadmapUser me() {
        return CurrentUser.get().orElse(null);
    }

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
}
