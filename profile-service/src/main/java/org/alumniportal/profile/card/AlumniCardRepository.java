package org.alumniportal.profile.card;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Cards by holder id (the document id). */
interface AlumniCardRepository extends MongoRepository<AlumniCard, String> {

    /** The card a QR token names; a unique index keeps this a key lookup. */
    Optional<AlumniCard> findByCardId(String cardId);
}
