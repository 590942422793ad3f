/**
 * Outgoing mails of the service (verification codes, password-reset links), sent asynchronously over SMTP
 * so that a slow or absent mail server neither delays answers nor reveals which addresses exist.
 */
package org.alumniportal.auth.mail;
