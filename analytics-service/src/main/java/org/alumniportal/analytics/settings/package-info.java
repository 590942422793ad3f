/**
 * System settings ({@code GET}/{@code PUT /api/admin/settings}): a fixed catalogue of typed keys with defaults,
 * stored in this service's database; each change is announced as {@code settings.changed.v1} (the services that
 * use a setting apply it without a restart) and audited as {@code admin.action.v1}.
 */
package org.alumniportal.analytics.settings;
