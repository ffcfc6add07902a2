package org.roadmapmonitor.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.roadmapmonitor.coordination.internal.CalendarWriter;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkSummary;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.jurisdiction.Membership;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * iCalendar feeds. The public feed carries public meetings and the funds' calls for proposals; a personal
 * feed, at a secret URL only its user knows (only its SHA-256 is stored), adds what that user may see: their
 * meetings and action points, the report due dates of their frameworks and their funds' deadlines. Both cover
 * a year back and two years ahead.
 */
@Service
public class CalendarFeeds {
    private final FeedSecrets secrets;
    private final Meetings meetings;
    private final ActionPoints actionPoints;
    private final FrameworkCatalogue frameworks;
    private final ReportingCalendar reportingCalendar;
    private final JurisdictionDirectory jurisdictions;
    private final FundDirectory funds;
    private final UserDetailsService accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final String host;

    public CalendarFeeds(
            FeedSecrets secrets,
            Meetings meetings,
            ActionPoints actionPoints,
            FrameworkCatalogue frameworks,
            ReportingCalendar reportingCalendar,
            JurisdictionDirectory jurisdictions,
            FundDirectory funds,
            UserDetailsService accounts,
            MessageSource messages,
            Clock clock,
            @Value("${roadmap.calendar.uid-host:roadmap-monitor}") String host) {
        this.secrets = secrets;
        this.meetings = meetings;
        this.actionPoints = actionPoints;
        this.frameworks = frameworks;
        this.reportingCalendar = reportingCalendar;
        this.jurisdictions = jurisdictions;
        this.funds = funds;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        this.host = host;
    }

    /** Public meetings and calls for proposals; as the public sees them, whoever asks. */
    public String publicFeed(Locale locale) {
        return asAnonymous(() -> {
            var out = new CalendarWriter(text("coordination.calendar.publicName", locale), clock.instant(), host);
            meetings(out);
            calls(out, funds.all(), locale);
            return out.write();
        });
    }

    /** The personal feed of the user whose secret this is; unknown (or revoked) secrets do not exist. */
    public String personalFeed(String secret, Locale locale) {
        String email = secrets.owner(secret).orElseThrow(() -> new NotFoundException("coordination.noFeed"));
        RoadmapUser user;
        try {
            user = (RoadmapUser) accounts.loadUserByUsername(email);
        } catch (UsernameNotFoundException e) {
            throw new NotFoundException("coordination.noFeed");
        }
        return as(user, () -> personal(user, locale));
    }

    private String personal(RoadmapUser user, Locale locale) {
        var out = new CalendarWriter(
                text("coordination.calendar.personalName", locale, user.displayName()), clock.instant(), host);
        meetings(out);
        LocalDate today = LocalDate.now(clock);
        for (ActionPoint a :
                actionPoints.list(new ActionPoints.Query(null, null, null, true, null), 0, ActionPoints.MAX_PAGE)) {
            if (a.status() == ActionPoint.Status.OPEN) {
                out.day(
                        "action-point-" + a.id(),
                        a.due(),
                        text("coordination.calendar.actionPoint", locale, a.title()),
                        a.meetingTitle());
            }
        }
        // A fixed number of queries however many frameworks and funds the user follows.
        Map<String, String> names = frameworks.list().stream()
                .collect(Collectors.toMap(FrameworkSummary::code, FrameworkSummary::name, (x, y) -> x));
        reportingCalendar
                .periods(frameworksOf(user, names.keySet()))
                .forEach((framework, periods) -> periods.stream()
                        .filter(p -> inWindow(p.closesOn(), today))
                        .forEach(p -> out.day(
                                "report-due-" + framework + "-" + p.period().code(),
                                p.closesOn(),
                                text(
                                        "coordination.calendar.reportDue",
                                        locale,
                                        names.getOrDefault(framework, framework),
                                        p.period().code()),
                                null)));
        List<Fund> followed = funds.all().stream()
                .filter(f -> user.isSecretariat() || user.funds().contains(f.code()))
                .toList();
        calls(out, followed, locale);
        for (Fund fund : followed) {
            for (int year = today.getYear() - 1; year <= today.getYear() + 2; year++) {
                LocalDate due = FundReports.FINAL_REPORT_DUE.atYear(year);
                out.day(
                        "fund-reports-" + fund.code() + "-" + year,
                        due,
                        text("coordination.calendar.fundReportsDue", locale, fund.name()),
                        null);
            }
        }
        return out.write();
    }

    private void meetings(CalendarWriter out) {
        LocalDate today = LocalDate.now(clock);
        var q = new Meetings.Query(null, null, null, today.minusYears(1), today.plusYears(2));
        for (Meeting m : meetings.list(q, 0, Meetings.MAX_PAGE).meetings()) {
            out.timed("meeting-" + m.id(), m.start(), m.end(), m.timeZone(), m.title(), m.venue());
        }
    }

    private void calls(CalendarWriter out, List<Fund> all, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        var calls = funds.calls(all.stream().map(Fund::code).toList());
        for (Fund f : all) {
            calls.getOrDefault(f.code(), List.of()).stream()
                    .filter(c -> inWindow(c.closesOn(), today))
                    .forEach(c -> out.day(
                            "call-" + f.code() + "-" + c.number(),
                            c.closesOn(),
                            text("coordination.calendar.callCloses", locale, f.name(), c.number(), c.title()),
                            c.eligible()));
        }
    }

    private Set<String> frameworksOf(RoadmapUser user, Set<String> all) {
        var codes = new LinkedHashSet<String>();
        if (user.isSecretariat()) {
            codes.addAll(all);
        }
        jurisdictions.memberships(user.jurisdictions()).stream()
                .map(Membership::framework)
                .forEach(codes::add);
        return codes;
    }

    private static boolean inWindow(LocalDate day, LocalDate today) {
        return !day.isBefore(today.minusYears(1)) && !day.isAfter(today.plusYears(2));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String asAnonymous(Supplier<String> work) {
        return run(null, work);
    }

    private static String as(RoadmapUser user, Supplier<String> work) {
        return run(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    private static String run(org.springframework.security.core.Authentication auth, Supplier<String> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
