/**
 * Passwords: the policy shared by registration and reset (it mirrors the realm's), forgot-password mails
 * with single-use 30-minute tokens stored as SHA-256 hashes, and the reset that ends every session.
 */
package org.alumniportal.auth.password;
