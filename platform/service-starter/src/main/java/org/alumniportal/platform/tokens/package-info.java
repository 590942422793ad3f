/**
 * Short signed tokens for things people carry as QR codes (alumni cards, event tickets): a payload and a
 * truncated HMAC, as few characters as the signature allows so that the code stays small and easy to scan.
 */
package org.alumniportal.platform.tokens;
