package org.roadmapmonitor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.roadmapmonitor.shared.TooLargeException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses an API request whose declared body is larger than the service takes (413), before anything reads
 * it; endpoints that take large bodies read them with their own, smaller bound as well.
 */
class BodySizeInterceptor implements HandlerInterceptor {
    private final long maxBytes;

    BodySizeInterceptor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getContentLengthLong() > maxBytes) {
            throw new TooLargeException("error.bodyTooLarge", maxBytes / (1024 * 1024));
        }
        return true;
    }
}
