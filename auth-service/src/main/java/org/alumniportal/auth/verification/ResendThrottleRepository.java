package org.alumniportal.auth.verification;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Last code request per address hash. */
interface ResendThrottleRepository extends MongoRepository<ResendThrottle, String> {
}
