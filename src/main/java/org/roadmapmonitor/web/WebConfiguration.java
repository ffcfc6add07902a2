package org.roadmapmonitor.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Languages: English, French and Spanish, chosen with ?lang= and remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    private final long maxBodyBytes;
    private final LayoutAdvice layout;

    WebConfiguration(@Value("${roadmap.api.max-body-bytes:26214400}") long maxBodyBytes, LayoutAdvice layout) {
        this.maxBodyBytes = maxBodyBytes;
        this.layout = layout;
    }

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("roadmap-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        // Without a choice yet, the browser's or API client's Accept-Language decides among the languages we have.
        resolver.setDefaultLocaleFunction(request -> LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(request.getLocale().getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        // Evidence imports stream their body into PostgreSQL COPY in constant memory: millions of rows are the point.
        registry.addInterceptor(new BodySizeInterceptor(maxBodyBytes))
                .addPathPatterns("/api/**")
                .excludePathPatterns("/api/v1/imports");
        registry.addInterceptor(new TextLimitInterceptor());
        registry.addInterceptor(layout).excludePathPatterns("/api/**");
    }
}
