package org.alumniportal.community.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.community.content.Like;
import org.alumniportal.community.content.Likes;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.community.event.EventService;
import org.alumniportal.community.event.EventView;
import org.alumniportal.community.forum.ForumReads;
import org.alumniportal.community.people.People;
import org.alumniportal.community.rsvp.RsvpSignals;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.stereotype.Service;

/** Ranks upcoming events and live posts for one caller ({@link Ranking}); only the page's items are read by id. */
@Service
class Recommendations {

    /** Without any signal, at most this many soonest events fill the list (a new member still sees something). */
    private static final int FILLERS = 5;

    private final EventService events;
    private final ForumReads forum;
    private final RsvpSignals rsvps;
    private final Likes likes;
    private final People people;
    private final Clock clock;

    Recommendations(EventService events, ForumReads forum, RsvpSignals rsvps, Likes likes, People people,
            Clock clock) {
        this.events = events;
        this.forum = forum;
        this.rsvps = rsvps;
        this.likes = likes;
        this.people = people;
        this.clock = clock;
    }

    PageResponse<RecommendedEvent> events(CurrentUser user, int page, int size) {
        List<String> skills = people.skillsOf(user.id());
        Set<String> answered = rsvps.answeredBy(user.id());
        Neighbours neighbours = new Neighbours(user.id(), engagement());
        List<Scored> ranked = new ArrayList<>();
        List<Scored> fillers = new ArrayList<>();
        for (EventService.Upcoming event : events.upcoming()) {
            if (answered.contains(event.id()) || event.createdBy().equals(user.id())) {
                continue;
            }
            Scored scored = Ranking.score(event.id(), Ranking.skillsIn(skills, event.text()),
                    neighbours.signalFor("E:" + event.id()), 0);
            if (scored.score() > 0) {
                ranked.add(scored);
            } else if (fillers.size() < FILLERS) {
                fillers.add(new Scored(event.id(), 0, List.of("Coming up soon")));
            }
        }
        ranked.sort(Scored.BEST_FIRST);
        ranked.addAll(fillers);
        return PageResponse.slice(ranked, page, size).mapPresent(s -> events.find(s.id())
                .map(e -> new RecommendedEvent(EventView.of(e).withoutMeetingLink(), s.score(), s.reasons())));
    }

    PageResponse<RecommendedPost> posts(CurrentUser user, int page, int size) {
        List<String> skills = people.skillsOf(user.id());
        Map<String, Set<String>> engagement = engagement();
        Set<String> liked = engagement.getOrDefault(user.id(), Set.of());
        Neighbours neighbours = new Neighbours(user.id(), engagement);
        Instant now = clock.instant();
        List<Scored> ranked = new ArrayList<>();
        for (ForumReads.Candidate post : forum.livePosts()) {
            if (liked.contains("P:" + post.id()) || post.authorId().equals(user.id())) {
                continue;
            }
            ranked.add(Ranking.score(post.id(), Ranking.skillsInTags(skills, post.tags()),
                    neighbours.signalFor("P:" + post.id()), Ranking.freshness(post.createdAt(), now)));
        }
        ranked.sort(Scored.BEST_FIRST);
        return PageResponse.slice(ranked, page, size).mapPresent(s -> forum.summary(s.id())
                .map(p -> new RecommendedPost(p, s.score(), s.reasons().isEmpty() ? List.of("New in the forum")
                        : s.reasons())));
    }

    /** Per user the events they engage with ({@code E:id}) and the posts they like ({@code P:id}). */
    private Map<String, Set<String>> engagement() {
        Map<String, Set<String>> items = new HashMap<>();
        rsvps.engagedEventsByUser().forEach((user, eventIds) -> eventIds
                .forEach(id -> items.computeIfAbsent(user, u -> new HashSet<>()).add("E:" + id)));
        for (Like like : likes.all(ContentType.POST)) {
            items.computeIfAbsent(like.userId(), u -> new HashSet<>()).add("P:" + like.contentId());
        }
        return items;
    }
}
