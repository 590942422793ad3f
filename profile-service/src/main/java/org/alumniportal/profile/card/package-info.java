/**
 * The digital alumni ID card: issued to verified alumni, carried as a QR code with a signed, expiring token,
 * verifiable anonymously, and revoked when the profile loses its verification or is deleted.
 */
package org.alumniportal.profile.card;
