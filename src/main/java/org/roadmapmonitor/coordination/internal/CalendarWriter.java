package org.roadmapmonitor.coordination.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes an RFC 5545 calendar with ical4j: timed events in their own zone (TZID plus the zone's VTIMEZONE,
 * once per zone), deadlines as all-day events. Not thread-safe: one writer per feed.
 */
public final class CalendarWriter {
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Calendar calendar = new Calendar();
    private final Map<String, TimeZone> zones = new LinkedHashMap<>();
    private final Instant stamp;
    private final String host;

    public CalendarWriter(String name, Instant stamp, String host) {
        this.stamp = stamp;
        this.host = host;
        calendar.add(new ProdId("-//Roadmap Monitor//Coordination//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
    }

    /** A meeting from its local start and end in its IANA zone. */
    public void timed(
            String uid, LocalDateTime start, LocalDateTime end, String zone, String summary, String location) {
        TimeZone tz = zones.computeIfAbsent(zone, z -> {
            TimeZone found = ZONES.getTimeZone(z);
            if (found == null) {
                throw new IllegalStateException("No time zone definition for " + z);
            }
            calendar.add(found.getVTimeZone());
            return found;
        });
        var event = new VEvent(start.atZone(tz.toZoneId()), end.atZone(tz.toZoneId()), summary);
        finish(event, uid, location, null);
    }

    /** A deadline or a date without a time: an all-day event. */
    public void day(String uid, LocalDate date, String summary, String description) {
        var event = new VEvent(date, date.plusDays(1), summary);
        finish(event, uid, null, description);
    }

    private void finish(VEvent event, String uid, String location, String description) {
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid + "@" + host));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        calendar.add(event);
    }

    public String write() {
        try {
            var out = new StringWriter();
            new CalendarOutputter(true).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
