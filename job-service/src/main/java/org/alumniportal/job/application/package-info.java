/**
 * Applications to jobs: applying (once per job), the status pipeline ({@link ApplicationStateMachine}), who may
 * read or move an application, and the events other services follow.
 */
package org.alumniportal.job.application;
