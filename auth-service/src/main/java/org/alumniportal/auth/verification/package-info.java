/**
 * E-mail verification by a 6-digit one-time code: stored only as a peppered HMAC, valid 10 minutes,
 * single-use, locked after 5 wrong tries; resending has a cooldown and never reveals whether an address exists.
 */
package org.alumniportal.auth.verification;
