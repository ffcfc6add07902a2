package org.roadmapmonitor.identity.internal;

import java.time.Clock;
import org.roadmapmonitor.shared.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: the JSON API (stateless; HTTP Basic or bearer token; no cookies, so no CSRF) and the pages
 * (form sign-in, session cookie, CSRF tokens). Reads of published data are open; every write needs a
 * signed-in user, and the services check roles and scopes. See docs/adr/0002-security.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * No tracing spans around each of the ~15 security filters, the authentication and the authorisation of every
     * request: nothing here collects traces, and a profile of the public analytics API under load found them a tenth
     * of the server's processor time. The request's own metrics ({@code http.server.requests}) are kept.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            RoadmapUserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            Clock clock,
            MessageSource messages) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, clock, messages));
    }

    /** Swagger UI sets inline styles from its bundle; only its own pages allow them. */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(c ->
                                c.policyDirectives(CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuthenticationManager auth) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(auth)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
                    res.setHeader("WWW-Authenticate", "Basic realm=\"Roadmap Monitor\", Bearer");
                    ProblemWriter.write(res, 401, "Unauthorized", unauthorizedDetail(ex), req.getRequestURI());
                }))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> ProblemWriter.write(
                        res, 403, "Forbidden", "Your roles do not allow this.", req.getRequestURI())))
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/me")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        headers(http);
        return http.build();
    }

    private static String unauthorizedDetail(Exception ex) {
        if (ex instanceof org.springframework.security.authentication.LockedException) {
            return ex.getMessage();
        }
        return Texts.of("identity.signInApi");
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager auth, IdentityRepository users)
            throws Exception {
        http.authenticationManager(auth)
                .addFilterAfter(new FreshUserFilter(users), SecurityContextHolderFilter.class)
                .formLogin(f -> f.loginPage("/login")
                        .failureHandler(new SignInFailureHandler())
                        .successHandler(new LandingPage())
                        .permitAll())
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .authorizeHttpRequests(
                        a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .requestMatchers(
                                        "/admin/**",
                                        "/actuator/**",
                                        "/frameworks/import",
                                        "/frameworks/*/versions/*/edit",
                                        "/frameworks/*/versions/*/objectives/**",
                                        "/frameworks/*/versions/*/indicators/new",
                                        "/frameworks/*/versions/*/indicators/*/edit")
                                .hasRole("SECRETARIAT")
                                .requestMatchers("/account/**")
                                .authenticated()
                                .requestMatchers(HttpMethod.GET, "/**")
                                .permitAll()
                                .requestMatchers("/error")
                                .permitAll()
                                .anyRequest()
                                .authenticated());
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }
}
