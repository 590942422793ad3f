/** What every controller of this service shares: the admin check, privacy rules and the page shape. */
package org.alumniportal.analytics.web;
