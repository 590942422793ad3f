/**
 * Who has proven enough to post jobs: approved recruiters (or recruiters of a trusted e-mail domain) and
 * verified alumni, from account, verification and settings events kept in small local read models.
 */
package org.alumniportal.job.posting;
