/**
 * The caller's own account as the access token describes it ({@code GET /api/auth/me}).
 */
package org.alumniportal.auth.account;
