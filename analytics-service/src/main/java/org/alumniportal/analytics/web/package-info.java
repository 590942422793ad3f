/** What every controller of this service shares: the admin check and privacy rules (pages: the starter's PageResponse). */
package org.alumniportal.analytics.web;
