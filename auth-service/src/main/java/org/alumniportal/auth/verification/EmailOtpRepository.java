package org.alumniportal.auth.verification;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Verification codes by e-mail address (the document id: every lookup is a key lookup). */
interface EmailOtpRepository extends MongoRepository<EmailOtp, String> {
}
