package org.alumniportal.profile.importing;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Imported alumni by normalised e-mail (the document id). */
interface ImportedAlumnusRepository extends MongoRepository<ImportedAlumnus, String> {
}
