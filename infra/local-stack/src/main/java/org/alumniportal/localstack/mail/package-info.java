/**
 * A local SMTP catcher (GreenMail) with an HTTP inbox: a page for people and a JSON API for tests.
 * Mails live in memory only; they are for development and are gone after a restart.
 */
package org.alumniportal.localstack.mail;
