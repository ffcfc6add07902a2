package org.roadmapmonitor.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a sign-in comes from. The servlet container has already replaced a trusted proxy's address by
 * the one in {@code X-Forwarded-For} (server.forward-headers-strategy=native, trusted proxies by
 * server.tomcat.remoteip.internal-proxies); if that header is still there, the request passed a proxy we do not
 * trust, the real client is unknown, and many people may share the address we see.
 */
record Client(String address, boolean known) {
    static Client current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return new Client(null, false);
    }

    static Client of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        boolean known = address != null && !address.isBlank() && request.getHeader("X-Forwarded-For") == null;
        return new Client(address, known);
    }

    /** The throttle's key: the address, marked when it may stand for many clients. */
    String key() {
        return (known ? "" : "unknown via ") + (address == null ? "?" : address);
    }
}
