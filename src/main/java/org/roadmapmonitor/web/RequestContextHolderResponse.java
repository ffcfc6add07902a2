package org.roadmapmonitor.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The current response, for saving flash attributes from an exception handler. */
final class RequestContextHolderResponse {
    private RequestContextHolderResponse() {}

    static HttpServletResponse current() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
    }
}
