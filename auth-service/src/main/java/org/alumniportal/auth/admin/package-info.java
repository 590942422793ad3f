/**
 * User management for the ADMIN role at {@code /api/admin/users}: filtered list, roles, recruiter approval,
 * suspension and soft deletion, each announced as a domain event and as an {@code admin.action.v1} audit entry.
 */
package org.alumniportal.auth.admin;
