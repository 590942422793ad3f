/** The clock, scheduling, the live fan-out topic and the settings shared by the features. */
package org.alumniportal.notification.config;
