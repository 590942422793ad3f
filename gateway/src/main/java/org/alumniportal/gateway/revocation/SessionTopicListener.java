package org.alumniportal.gateway.revocation;

/** Something that reacts to records of {@code portal.session}; each gateway replica feeds every one to all. */
public interface SessionTopicListener {

    /** @param record the record's value, an event envelope; unknown types must be ignored */
    void apply(String record);
}
