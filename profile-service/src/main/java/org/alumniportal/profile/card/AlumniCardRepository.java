package org.alumniportal.profile.card;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Cards by holder id (the document id). */
interface AlumniCardRepository extends MongoRepository<AlumniCard, String> {
}
