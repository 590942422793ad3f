/**
 * The admin audit log: every admin action of every service, from {@code admin.action.v1} and the older domain
 * events that name their admin (verification, role, status, API keys, moderation, settings). Append-only and
 * idempotent on the event id; stored in this service's database and served from memory.
 */
package org.alumniportal.analytics.audit;
