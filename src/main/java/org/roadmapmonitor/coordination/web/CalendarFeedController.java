package org.roadmapmonitor.coordination.web;

import java.util.Locale;
import org.roadmapmonitor.coordination.CalendarFeeds;
import org.roadmapmonitor.coordination.FeedSecrets;
import org.roadmapmonitor.coordination.Reminders;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The iCalendar feeds, and the account page where a user makes or revokes their feed and sets the digest. */
@Controller
class CalendarFeedController {
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;
    private final FeedSecrets secrets;
    private final Reminders reminders;
    private final MessageSource messages;

    CalendarFeedController(CalendarFeeds feeds, FeedSecrets secrets, Reminders reminders, MessageSource messages) {
        this.feeds = feeds;
        this.secrets = secrets;
        this.reminders = reminders;
        this.messages = messages;
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<String> publicFeed(Locale locale) {
        return ResponseEntity.ok().contentType(CALENDAR).body(feeds.publicFeed(locale));
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> personalFeed(@PathVariable String secret, Locale locale) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body(feeds.personalFeed(secret, locale));
    }

    @GetMapping("/account/calendar")
    String account(Model model) {
        model.addAttribute("hasFeed", secrets.hasFeed());
        model.addAttribute("digest", reminders.digestOn());
        return "coordination/calendar";
    }

    @PostMapping("/account/calendar")
    String create(RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("feedSecret", secrets.createFeed());
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("coordination.feed.created", null, locale));
        return "redirect:/account/calendar";
    }

    @PostMapping("/account/calendar/revoke")
    String revoke(RedirectAttributes redirect, Locale locale) {
        secrets.revokeFeed();
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("coordination.feed.revoked", null, locale));
        return "redirect:/account/calendar";
    }

    @PostMapping("/account/digest")
    String digest(@RequestParam(defaultValue = "false") boolean on, RedirectAttributes redirect, Locale locale) {
        reminders.setDigest(on);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        return "redirect:/account/calendar";
    }
}
