package org.alumniportal.mentorship.mentor;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.mentorship.people.People;
import org.alumniportal.mentorship.people.Person;
import org.alumniportal.platform.events.mentorship.MentorRegistered;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Registering mentors, their profile and availability, and the mentor list. */
@Service
class MentorService {

    private static final Logger log = LoggerFactory.getLogger(MentorService.class);
    private static final int PROFILE_UPDATE_ATTEMPTS = 5;

    private final Mentors mentors;
    private final MentorDirectory directory;
    private final People people;
    private final SkillNormalizer skills;
    private final EventPublisher events;
    private final Clock clock;

    MentorService(Mentors mentors, MentorDirectory directory, People people, SkillNormalizer skills,
            EventPublisher events, Clock clock) {
        this.mentors = mentors;
        this.directory = directory;
        this.people = people;
        this.skills = skills;
        this.events = events;
        this.clock = clock;
    }

    Mentor register(CurrentUser user, RegisterMentorRequest request) {
        if (!user.hasRole("ALUMNI")) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Role not allowed",
                    "Only alumni register as mentors.");
        }
        String name = people.find(user.id()).map(Person::getName).orElse(user.name());
        Mentor mentor = Mentor.register(user.id(), name, skills.normalizeAll(request.expertiseAreas()),
                blankToNull(request.bio()), request.maxMentees(), slots(request.availability()), clock.instant());
        try {
            events.publishWith(user.id(), () -> {
                mentors.insert(mentor);
                return mentor;
            }, new MentorRegistered(user.id(), mentor.getExpertiseAreas(), mentor.getMaxMentees(),
                    mentor.isAvailable()));
        } catch (DuplicateKeyException again) {
            throw new PortalException(HttpStatus.CONFLICT, "already-mentor", "Already a mentor",
                    "You are registered as a mentor already; change your profile instead.")
                    .with("mentorId", user.id());
        }
        log.info("Mentor {} registered", user.id());
        return mentor;
    }

    Mentor updateProfile(CurrentUser user, RegisterMentorRequest request) {
        List<String> expertise = skills.normalizeAll(request.expertiseAreas());
        for (int attempt = 0; attempt < PROFILE_UPDATE_ATTEMPTS; attempt++) {
            Mentor read = mentors.require(user.id());
            if (request.maxMentees() < read.getCurrentMentees()) {
                throw new PortalException(HttpStatus.CONFLICT, "max-below-current", "Below current mentees",
                        "You mentor " + read.getCurrentMentees() + " people now; maxMentees cannot be lower.")
                        .with("currentMentees", read.getCurrentMentees());
            }
            Update fields = new Update().set("expertiseAreas", expertise).set("bio", blankToNull(request.bio()))
                    .set("availability", slots(request.availability()));
            Optional<Mentor> updated = mentors.updateProfile(read, fields, request.maxMentees());
            if (updated.isPresent()) {
                return updated.get();
            }
        }
        throw new PortalException(HttpStatus.CONFLICT, Problems.CONCURRENT_UPDATE, "Changed meanwhile",
                "Your mentor profile kept changing while saving; try again.");
    }

    Mentor setAvailable(CurrentUser user, boolean available) {
        mentors.require(user.id());
        return mentors.setAvailable(user.id(), available);
    }

    MentorView read(String userId) {
        return directory.find(userId).filter(MentorCard::active).map(MentorCard::view)
                .orElseThrow(() -> Mentors.notFound(userId));
    }

    PageResponse<MentorView> list(List<String> expertise, Double minRating, Boolean available, int page, int size) {
        Set<String> keys = skills.normalizeAll(expertise).stream().map(MentorCard::key)
                .collect(Collectors.toUnmodifiableSet());
        return directory.search(new MentorFilter(keys, minRating, available), page, size);
    }

    private static List<AvailabilitySlot> slots(List<AvailabilitySlot> slots) {
        return slots == null ? List.of() : slots;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
