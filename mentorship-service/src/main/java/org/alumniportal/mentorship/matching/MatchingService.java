package org.alumniportal.mentorship.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.alumniportal.mentorship.mentor.MentorDirectory;
import org.alumniportal.mentorship.mentorship.Mentorships;
import org.alumniportal.mentorship.people.People;
import org.alumniportal.mentorship.people.Person;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.springframework.stereotype.Service;

/** Mentor suggestions from the in-memory directory and the people read model; no call to another service. */
@Service
class MatchingService {

    private static final int DEFAULT_LIMIT = 10;

    private final MentorDirectory directory;
    private final Mentorships mentorships;
    private final People people;
    private final SkillNormalizer skills;

    MatchingService(MentorDirectory directory, Mentorships mentorships, People people, SkillNormalizer skills) {
        this.directory = directory;
        this.mentorships = mentorships;
        this.people = people;
        this.skills = skills;
    }

    MentorSuggestions suggest(CurrentUser user, MatchRequest request) {
        List<String> given = new ArrayList<>();
        if (request != null && request.skills() != null) {
            given.addAll(request.skills());
        }
        if (request != null && request.interests() != null) {
            given.addAll(request.interests());
        }
        boolean fromRequest = !given.isEmpty();
        List<String> basedOn = fromRequest ? skills.normalizeAll(given)
                : people.find(user.id()).map(Person::getSkills).orElse(List.of());
        Set<String> theirs = mentorships.openMentorsOf(user.id());
        int limit = request == null || request.limit() == null ? DEFAULT_LIMIT : request.limit();
        List<Suggestion> ranked = MentorMatcher.rank(basedOn, directory.all(),
                mentorId -> mentorId.equals(user.id()) || theirs.contains(mentorId), limit);
        return new MentorSuggestions(basedOn, fromRequest ? "REQUEST" : "PROFILE", ranked);
    }
}
