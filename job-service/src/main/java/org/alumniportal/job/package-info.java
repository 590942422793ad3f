/**
 * Jobs and careers (SPEC phase 3): job postings, applications and their status, the recruiter dashboard, API
 * keys for third-party recruiters, and later job recommendations (phase 8). A booting shell until then.
 */
package org.alumniportal.job;
