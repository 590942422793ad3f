/** Events of job-service about job postings. Subject: the job id. */
package org.alumniportal.platform.events.job;
