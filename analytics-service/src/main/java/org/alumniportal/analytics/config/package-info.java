/** Service-wide beans: the clock. */
package org.alumniportal.analytics.config;
