package org.alumniportal.community.people;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What community-service knows of a person. Account facts (role, status) and profile facts (name, skills) come
 * from two topics, each guarded by its own event time so that a late, older event never overwrites a newer one.
 */
@Document(Member.COLLECTION)
public record Member(@Id String userId, String name, String role, String status, List<String> skills,
        Instant accountEventTime, Instant profileEventTime, Instant nameTime, Instant roleTime) {

    static final String COLLECTION = "members";

    public Member {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
