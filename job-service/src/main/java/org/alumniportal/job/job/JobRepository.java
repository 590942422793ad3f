package org.alumniportal.job.job;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/**
 * Jobs by id. Lists and searches are served by the in-memory index ({@code listing}); on the embedded store
 * every non-id query scans, so only the start-up rebuild and the deadline sweep read the whole collection.
 */
public interface JobRepository extends MongoRepository<Job, String> {

    /** Every job, streamed, for rebuilding in-memory indexes at start-up. */
    @Query("{}")
    Stream<Job> streamAll();

    /** A poster's jobs that are not deleted (the recruiter dashboard; scans on the embedded store). */
    Page<Job> findByPostedByAndDeletedAtIsNull(String postedBy, Pageable pageable);

    List<Job> findAllByPostedByAndDeletedAtIsNull(String postedBy);
}
