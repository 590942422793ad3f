/**
 * User administration for the ADMIN role: paged user list and realm-role changes that announce
 * {@code user.role-changed.v1}.
 */
package org.alumniportal.auth.admin;
