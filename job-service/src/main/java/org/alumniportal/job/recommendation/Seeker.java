package org.alumniportal.job.recommendation;

import java.util.Set;

/**
 * The person recommendations are for, with the preferences of this request.
 *
 * @param skillKeys normalised, lower-cased skills ({@link OpenJob#skillKey})
 * @param yearsOfExperience null when the profile does not say
 * @param locationKey lower-cased preferred location (the request's, else the profile's); null for none
 * @param excludedJobIds jobs already applied to, never recommended
 * @param alumniOnly the caller may apply only where the poster allows alumni (ALUMNI without STUDENT)
 */
record Seeker(String userId, Set<String> skillKeys, Integer yearsOfExperience, String locationKey,
        boolean remoteOnly, Set<String> excludedJobIds, boolean alumniOnly) {
}
