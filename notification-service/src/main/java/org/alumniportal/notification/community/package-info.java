/**
 * A read model of the community's forum posts and capsules and the likes and comments they get, fed by
 * {@code portal.community} (and the admin deletions on {@code portal.admin}); it ranks a period's top content for
 * the digest.
 */
package org.alumniportal.notification.community;
