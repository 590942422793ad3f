/** Mails from templates, sent from a queue of jobs keyed by notification id: retried with backoff, never twice. */
package org.alumniportal.notification.mail;
