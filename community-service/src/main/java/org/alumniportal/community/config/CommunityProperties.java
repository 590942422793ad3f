package org.alumniportal.community.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.community.*}.
 *
 * @param reminders when reminders go out and how often replicas look for due ones
 * @param trending  the decay of the capsule trend score
 * @param checkIn   when organisers may start scanning tickets
 */
@ConfigurationProperties("portal.community")
public record CommunityProperties(@DefaultValue Reminders reminders, @DefaultValue Trending trending,
        @DefaultValue CheckIn checkIn) {

    /**
     * @param opensBefore check-in opens this long before an event's start (people queue at the door early) and
     *                    closes at its end
     */
    public record CheckIn(@DefaultValue("PT2H") Duration opensBefore) {
    }

    /**
     * @param leadTime how long before an event's start its attendees are reminded (SPEC: 24 h)
     * @param lease    how long a replica's claim on one event's reminder job holds before another may take it over
     */
    public record Reminders(@DefaultValue("PT24H") Duration leadTime, @DefaultValue("PT1M") Duration poll,
            @DefaultValue("PT2M") Duration lease) {
    }

    /**
     * @param halfLife a like or view counts half as much after this long
     * @param window   older likes and views are not counted at all
     */
    public record Trending(@DefaultValue("PT48H") Duration halfLife, @DefaultValue("P14D") Duration window) {
    }
}
