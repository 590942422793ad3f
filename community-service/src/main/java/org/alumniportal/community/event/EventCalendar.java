package org.alumniportal.community.event;

import java.time.Clock;
import java.util.Date;

import org.springframework.stereotype.Component;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;

/** An event as an RFC 5545 VEVENT (biweekly writes the escaping, folding and UTC times). */
@Component
class EventCalendar {

    private final Clock clock;

    EventCalendar(Clock clock) {
        this.clock = clock;
    }

    String of(Event event) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Alumni Portal//community-service//EN");
        VEvent entry = new VEvent();
        // a stable UID: re-importing an updated event updates the entry instead of adding a second one
        entry.setUid(event.getId() + "@alumni-portal");
        entry.setDateTimeStamp(Date.from(clock.instant()));
        entry.setSummary(event.getTitle());
        entry.setDescription(plain(event.getDescription()));
        entry.setDateStart(Date.from(event.getStartDate()));
        entry.setDateEnd(Date.from(event.getEndDate()));
        if (event.isVirtual()) {
            entry.setLocation(event.getMeetingLink());
            entry.setUrl(event.getMeetingLink());
        } else {
            entry.setLocation(event.getLocation());
        }
        entry.setStatus(event.getStatus() == EventStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
        entry.setLastModified(Date.from(event.getUpdatedAt()));
        calendar.addEvent(entry);
        return Biweekly.write(calendar).go();
    }

    /** The stored description is already sanitised HTML (tags from a known allow-list); a calendar wants its text. */
    private static String plain(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#34;", "\"").replace("&#61;", "=").replace("&#64;", "@")
                .replace("&#43;", "+").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
