/**
 * What every kind of community content shares: the content types, the page shape, the HTML sanitiser, likes with
 * exact counters, the in-memory list index, and the hook through which moderation removes content of any feature.
 */
package org.alumniportal.community.content;
