/** Configuration of community-service as a whole: the clock, scheduling and the service's own settings. */
package org.alumniportal.community.config;
