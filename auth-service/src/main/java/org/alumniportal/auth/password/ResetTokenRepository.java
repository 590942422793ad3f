package org.alumniportal.auth.password;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reset tokens by the hash of the token. */
interface ResetTokenRepository extends MongoRepository<ResetToken, String> {

    List<ResetToken> findByUserIdAndUsedAtIsNull(String userId);
}
