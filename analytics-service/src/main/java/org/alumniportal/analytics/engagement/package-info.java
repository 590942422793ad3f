/**
 * Engagement scoring and the Alumni Engagement Score (AES): one documented weighted formula over the read models
 * ({@link org.alumniportal.analytics.engagement.EngagementFormula}), leaderboards of visible profiles, badges with
 * their criteria and the date each was earned.
 */
package org.alumniportal.analytics.engagement;
