package org.alumniportal.auth.apikey;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Keys by id, and by the hash of the whole key (a unique index, so the lookup is indexed everywhere). */
interface ApiKeyRepository extends MongoRepository<ApiKey, String> {

    Optional<ApiKey> findByKeyHash(String keyHash);
}
