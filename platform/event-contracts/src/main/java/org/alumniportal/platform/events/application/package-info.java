/** Events of job-service about applications to jobs. Subject: the application id. */
package org.alumniportal.platform.events.application;
