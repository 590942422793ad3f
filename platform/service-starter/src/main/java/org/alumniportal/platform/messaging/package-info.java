/**
 * Consuming events: reading the envelope from a record's String value, applying each event once
 * ({@link org.alumniportal.platform.messaging.ProcessedEvents}), retry then dead-letter, and topic creation.
 */
package org.alumniportal.platform.messaging;
