package org.roadmapmonitor.analytics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.roadmapmonitor.analytics.Analytics;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Parts of a page written once and kept encoded, as {@link Answers} keeps the API's answers (in the same bounded
 * memory): a part is named by what it is made of — the name {@code Analytics} gives, holding the revisions read in
 * the request, and for a reader of working values also the working view's revision and the reader, so that a part
 * written for one reader is never given to another — and by the reader's language. The same name can only mean the
 * same markup; any write of what it is made of changes the name, so a part given again is never stale.
 */
@Component
class PageParts {
    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final Answers kept;
    private final AtomicLong written = new AtomicLong();

    PageParts(ITemplateEngine templates, ApplicationContext context, Answers kept) {
        this.templates = templates;
        this.context = context;
        this.kept = kept;
    }

    /**
     * The part: the one kept under {@code name} and the reader's language, else {@code write}'s, kept under that
     * name when there is one.
     */
    String part(Optional<Object> name, Supplier<String> write) {
        Optional<Object> key = name.map(n ->
                java.util.List.of("part", n, LocaleContextHolder.getLocale().toLanguageTag()));
        Encoded found = key.map(kept::find).orElse(null);
        if (found != null) {
            return new String(found.bytes(), StandardCharsets.UTF_8);
        }
        String written = write.get();
        key.ifPresent(
                k -> kept.keep(k, Encoded.of(written.getBytes(StandardCharsets.UTF_8)), Analytics.readsWorking(k)));
        return written;
    }

    /**
     * One fragment of a template written to text with this request's language and links, as the page's own view
     * would write it: links to files go through the resource chain, which versions them, and links to pages are
     * written as they are, with no session id (web.FileLinks, site-wide), so a part written for one caller may be
     * given to others.
     */
    String write(
            String template,
            String fragment,
            Map<String, Object> variables,
            HttpServletRequest request,
            HttpServletResponse response) {
        written.incrementAndGet();
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var web = new WebContext(exchange, LocaleContextHolder.getLocale(), variables);
        web.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return templates.process(template, Set.of(fragment), web);
    }

    /** How many parts were written since start, kept or not (for tests: a part given again is not written). */
    long written() {
        return written.get();
    }
}
