/**
 * Jobs and careers (SPEC phase 3): job postings ({@code job}), the open-jobs list index ({@code listing}),
 * applications and their pipeline ({@code application}), the recruiter dashboard ({@code dashboard}), and
 * job recommendations over a profile read model fed by events.
 */
package org.alumniportal.job;
