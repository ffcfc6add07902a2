package org.roadmapmonitor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.Formats;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PreconditionRequiredException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.StaleException;
import org.roadmapmonitor.shared.TextLimits;
import org.roadmapmonitor.shared.Texts;
import org.roadmapmonitor.shared.TooBusyException;
import org.roadmapmonitor.shared.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where refusals and failures become answers: RFC 7807 problem JSON under /api, a friendly
 * page everywhere else. Neither ever shows a stack trace or SQL.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final LayoutAdvice layout;
    private final MessageSource messages;
    private final Formats formats;

    ErrorHandling(LayoutAdvice layout, MessageSource messages, Formats formats) {
        this.layout = layout;
        this.messages = messages;
        this.formats = formats;
    }

    @ExceptionHandler(TextLimits.TextTooLongException.class)
    Object textTooLong(TextLimits.TextTooLongException e, HttpServletRequest req) {
        var locale = RequestContextUtils.getLocale(req);
        List<Problem> problems = e.found().stream()
                .map(t -> Problem.at(
                        t.path(),
                        messages.getMessage(
                                "error.textTooLong.field",
                                new Object[] {String.valueOf(t.limit()), String.valueOf(t.length())},
                                locale)))
                .toList();
        return answer(
                req,
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("error.textTooLong", null, locale),
                problems);
    }

    @ExceptionHandler(TooLargeException.class)
    Object requestTooLarge(TooLargeException e, HttpServletRequest req) {
        String detail = messages.getMessage(e.key(), e.args(), RequestContextUtils.getLocale(req));
        return answer(req, HttpStatus.CONTENT_TOO_LARGE, detail, List.of());
    }

    @ExceptionHandler(TooBusyException.class)
    Object tooBusy(TooBusyException e, HttpServletRequest req, HttpServletResponse res) {
        res.setHeader("Retry-After", "10");
        String detail = messages.getMessage(
                "error.tooManyImports", new Object[] {e.limit()}, RequestContextUtils.getLocale(req));
        return answer(req, HttpStatus.TOO_MANY_REQUESTS, detail, List.of());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    Object preconditionRequired(PreconditionRequiredException e, HttpServletRequest req) {
        String detail =
                messages.getMessage(PreconditionRequiredException.KEY, null, RequestContextUtils.getLocale(req));
        return answer(req, HttpStatus.PRECONDITION_REQUIRED, detail, List.of(Problem.at("If-Match", detail)));
    }

    @ExceptionHandler(BadRequestException.class)
    Object badRequest(BadRequestException e, HttpServletRequest req) {
        return answer(req, HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
    }

    @ExceptionHandler(InvalidException.class)
    Object invalid(InvalidException e, HttpServletRequest req) {
        return answer(req, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest req) {
        return answer(req, HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest req) {
        return answer(req, HttpStatus.NOT_FOUND, Texts.of("error.nothingAt", req.getRequestURI()), List.of());
    }

    @ExceptionHandler(StaleException.class)
    Object stale(StaleException e, HttpServletRequest req) {
        return answer(
                req, isApi(req) ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest req) {
        return answer(req, HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(ForbiddenException e, HttpServletRequest req) {
        return answer(req, HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    /** Anonymous visitors are sent to sign in by the security filters; signed-in users see why not. */
    @ExceptionHandler(AccessDeniedException.class)
    Object accessDenied(AccessDeniedException e, HttpServletRequest req) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            throw e;
        }
        return answer(req, HttpStatus.FORBIDDEN, Texts.of("error.roles"), List.of());
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    Object binding(org.springframework.validation.BindException e, HttpServletRequest req) {
        List<Problem> problems = e.getFieldErrors().stream()
                .map(f -> Problem.at(f.getField(), "error.fieldValue", f.getRejectedValue()))
                .toList();
        return answer(req, HttpStatus.BAD_REQUEST, Texts.of("error.fields"), problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest req) {
        return answer(req, HttpStatus.BAD_REQUEST, Texts.of("error.body"), List.of());
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class,
        MissingRequestHeaderException.class,
        MethodArgumentTypeMismatchException.class
    })
    Object badParameter(Exception e, HttpServletRequest req) {
        if (e instanceof MethodArgumentTypeMismatchException m) {
            String label = formats.field(m.getName());
            String detail = m.getRequiredType() != null && m.getRequiredType().isEnum()
                    ? Texts.of(
                            "error.badValue.choices",
                            m.getValue(),
                            label,
                            Arrays.toString(m.getRequiredType().getEnumConstants()))
                    : Texts.of("error.badValue", m.getValue(), label);
            return answer(req, HttpStatus.BAD_REQUEST, detail, List.of(new Problem(m.getName(), detail)));
        }
        // Spring's own sentence ("Required request parameter 'framework' for method parameter type String…")
        // is for programmers; the reader gets the field's label in their language.
        String name = "";
        if (e instanceof MissingServletRequestParameterException p) {
            name = p.getParameterName();
        } else if (e instanceof MissingServletRequestPartException p) {
            name = p.getRequestPartName();
        } else if (e instanceof MissingRequestHeaderException h) {
            name = h.getHeaderName();
        }
        return answer(
                req,
                HttpStatus.BAD_REQUEST,
                Texts.of("error.missing", formats.field(name)),
                List.of(Problem.at(name, "error.missing.problem")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest req, HttpServletResponse res) {
        if (e.getSupportedHttpMethods() != null && !e.getSupportedHttpMethods().isEmpty()) {
            res.setHeader(
                    "Allow",
                    String.join(
                            ", ",
                            e.getSupportedHttpMethods().stream()
                                    .map(Object::toString)
                                    .toList()));
        }
        return answer(
                req,
                HttpStatus.METHOD_NOT_ALLOWED,
                Texts.of("error.method", req.getMethod(), req.getRequestURI()),
                List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
        return answer(
                req,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                Texts.of("error.mediaType", e.getSupportedMediaTypes()),
                List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req) {
        return answer(req, HttpStatus.CONTENT_TOO_LARGE, Texts.of("error.tooLarge"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest req) {
        log.warn(
                "Refused a write that breaks a database rule on {}: {}",
                req.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return answer(req, HttpStatus.CONFLICT, Texts.of("error.integrity"), List.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest req) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        log.error("Unexpected failure on {} {}", req.getMethod(), req.getRequestURI(), e);
        return answer(req, HttpStatus.INTERNAL_SERVER_ERROR, Texts.of("error.unexpected"), List.of());
    }

    /** The path of the page the request came from, if it came from this site. */
    static String sameSiteReferer(HttpServletRequest req) {
        String referer = req.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(req.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isApi(HttpServletRequest req) {
        return req.getRequestURI().startsWith(req.getContextPath() + "/api/");
    }

    private Object answer(HttpServletRequest req, HttpStatus status, String detail, List<Problem> problems) {
        if (isApi(req)) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
            body.setInstance(URI.create(req.getRequestURI()));
            if (!problems.isEmpty()) {
                body.setProperty("problems", problems);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        if ("POST".equals(req.getMethod()) && status != HttpStatus.FORBIDDEN && status.is4xxClientError()) {
            // A refused form goes back to the page it came from, saying why, rather than to an error page.
            String back = sameSiteReferer(req);
            if (back != null) {
                FlashMap flash = RequestContextUtils.getOutputFlashMap(req);
                flash.put("flashError", detail);
                flash.put("flashProblems", problems);
                RequestContextUtils.saveOutputFlashMap(back, req, RequestContextHolderResponse.current());
                return new ModelAndView("redirect:" + back);
            }
        }
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("demoMode", layout.demoMode());
        page.addObject("me", layout.me());
        page.addObject("designations", layout.designations(RequestContextUtils.getLocale(req)));
        page.addObject("languages", layout.languages(req, RequestContextUtils.getLocale(req)));
        page.addObject("requestPath", req.getRequestURI());
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("problems", problems);
        return page;
    }
}
