package org.roadmapmonitor.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Every link a page writes ({@code @{...}}) goes through {@code response.encodeURL}, where Spring's
 * {@link ResourceUrlEncodingFilter} asks the resource chain whether it names a static file (to give webjars their
 * versions). Static files are served at {@code /**}, so for a link to another page that question was a search of
 * the class path for a file of that name: a third of the global dashboard's rendering. This filter takes the place
 * of the one Spring Boot registers (same bean name, so Boot's backs off) and asks the resource chain about links to
 * files only; a link to a page is written as it is, without a session id either: sessions are cookies (Spring
 * Session), and Spring Security already turns URL rewriting off.
 */
@Configuration(proxyBeanMethods = false)
class FileLinks {
    /** Where static files are served from (besides any path whose last segment has an extension). */
    static final List<String> FILE_FOLDERS = List.of("/css/", "/js/", "/img/", "/webjars/");

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new OnlyFiles());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Spring's filter, its response wrapped once more: pages write their links through this wrapper, which hands
     * only links to files on to Spring's.
     */
    static final class OnlyFiles extends ResourceUrlEncodingFilter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            super.doFilter(
                    request,
                    response,
                    (req, res) -> chain.doFilter(
                            req, new PagesAsTheyAre((HttpServletRequest) req, (HttpServletResponse) res)));
        }
    }

    private static final class PagesAsTheyAre extends HttpServletResponseWrapper {
        private final String contextPath;

        PagesAsTheyAre(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.contextPath = request.getContextPath();
        }

        @Override
        public String encodeURL(String url) {
            String path = url.startsWith(contextPath) ? url.substring(contextPath.length()) : url;
            return namesAFile(path) ? super.encodeURL(url) : url;
        }
    }

    /**
     * Whether a link names a file: its last path segment has an extension ({@code /webjars/leaflet/dist/leaflet.js},
     * {@code /geo/countries.geo.json}, {@code /frameworks/WB/dashboard/matrix.csv}) or it lies in a folder of files.
     */
    static boolean namesAFile(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = url.substring(0, end);
        return path.lastIndexOf('.') > path.lastIndexOf('/')
                || FILE_FOLDERS.stream().anyMatch(path::startsWith);
    }
}
