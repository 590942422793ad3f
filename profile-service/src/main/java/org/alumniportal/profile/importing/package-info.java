/**
 * Admin bulk import of alumni from CSV: row-by-row validation with a report, idempotent upserts keyed by e-mail,
 * invitation mails, and a profile pre-filled from the import once the invited person has a verified account.
 */
package org.alumniportal.profile.importing;
