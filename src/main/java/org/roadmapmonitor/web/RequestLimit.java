package org.roadmapmonitor.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves at most {@code ROADMAP_MAX_CONCURRENT_REQUESTS} requests at once; the others wait their turn without
 * using the processor or the database. Sixty-four busy readers on two cores otherwise leave the health check,
 * sign-in and every page queueing behind them for a connection and a slice of processor. The health check
 * and static files never wait; a request that waits longer than {@code ROADMAP_REQUEST_QUEUE_TIMEOUT} gets
 * 503 with Retry-After.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimit {
    private static final Logger log = LoggerFactory.getLogger(RequestLimit.class);
    private static final List<String> NEVER_WAIT = List.of("/actuator/", "/css/", "/js/", "/img/", "/webjars/");

    @Bean
    FilterRegistrationBean<Limiter> requestLimiter(
            @Value("${roadmap.max-concurrent-requests:20}") int permits,
            @Value("${roadmap.request-queue-timeout:30s}") Duration timeout) {
        var registration = new FilterRegistrationBean<>(new Limiter(permits, timeout));
        // After the request marker of shared.database, before sessions and security (which read the database).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }

    static final class Limiter extends OncePerRequestFilter {
        private final Semaphore permits;
        private final Duration timeout;

        Limiter(int permits, Duration timeout) {
            if (permits < 1) {
                throw new IllegalStateException("ROADMAP_MAX_CONCURRENT_REQUESTS must be at least 1, not " + permits);
            }
            this.permits = new Semaphore(permits, true);
            this.timeout = timeout;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return NEVER_WAIT.stream().anyMatch(path::startsWith) || path.equals("/favicon.ico");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean admitted;
            try {
                admitted = permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                admitted = false;
            }
            if (!admitted) {
                log.warn(
                        "Turned away {} {} after waiting {} for a turn",
                        request.getMethod(),
                        request.getRequestURI(),
                        timeout);
                response.setHeader("Retry-After", "5");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                permits.release();
            }
        }
    }
}
