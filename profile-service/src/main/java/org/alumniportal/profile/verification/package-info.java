/**
 * Admin verification of profiles: the owner's request, the pending queue, approve/reject (a rejection of a verified
 * profile withdraws it), and the audit trail of every decision.
 */
package org.alumniportal.profile.verification;
