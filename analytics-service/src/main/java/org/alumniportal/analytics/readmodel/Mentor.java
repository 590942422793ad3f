package org.alumniportal.analytics.readmodel;

import java.util.List;

/** A registered mentor and the areas they offer. */
public record Mentor(String mentorId, List<String> expertise, int maxMentees, boolean available) {

    public Mentor {
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
    }
}
