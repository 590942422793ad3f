package org.alumniportal.profile.profile;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Profiles by user id. Public so that readers (search index rebuild, ID card) can look profiles up and stream
 * them; only {@link ProfileService} writes, so that every write is followed by its events.
 */
public interface ProfileRepository extends MongoRepository<Profile, String> {
}
