package org.alumniportal.job.application;

/** An uploaded CV: where the file store keeps it and what it is. */
public record StoredCv(String key, String fileName, String contentType, long size) {
}
