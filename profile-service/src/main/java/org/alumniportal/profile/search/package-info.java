/**
 * Directory and search: an in-memory Lucene index of profiles, kept in sync by the core's in-process events and
 * rebuilt at start-up, with the privacy rules applied inside the index query, and a per-user query budget.
 */
package org.alumniportal.profile.search;
