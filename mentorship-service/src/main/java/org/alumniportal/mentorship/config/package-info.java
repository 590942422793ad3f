/**
 * Configuration of mentorship-service as a whole: the clock and scheduling. Mongo indexes are declared on the
 * documents and created at start-up ({@code spring.data.mongodb.auto-index-creation}).
 */
package org.alumniportal.mentorship.config;
