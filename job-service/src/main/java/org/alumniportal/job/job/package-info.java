/**
 * Job postings: the {@link org.alumniportal.job.job.Job} document, its repository, its web API and the in-process
 * {@code JobSaved}/{@code JobRemoved} events that the list index and recommendations follow.
 */
package org.alumniportal.job.job;
