/**
 * job-service's own read model of people's profiles ({@code candidates}), fed only by {@code profile.*.v1}
 * events: what recommendations need (skills, location, experience), never a call to profile-service.
 */
package org.alumniportal.job.candidate;
