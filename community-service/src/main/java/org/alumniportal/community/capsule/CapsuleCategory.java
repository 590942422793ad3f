package org.alumniportal.community.capsule;

/** What a capsule teaches about. */
public enum CapsuleCategory {
    CAREER, TECHNOLOGY, ENTREPRENEURSHIP, HIGHER_STUDIES, INTERVIEW_PREP, LIFE_SKILLS, OTHER
}
