package org.roadmapmonitor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.roadmapmonitor.shared.TextLimits;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every form field of every write is held to {@link TextLimits} before a controller sees it (JSON bodies are
 * held to them where they are read, in {@code ExactJson}), so that no new form can forget a limit.
 */
class TextLimitInterceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            TextLimits.require(TextLimits.check(request.getParameterMap()));
        }
        return true;
    }
}
