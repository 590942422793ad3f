/**
 * Web conventions: {@link org.alumniportal.platform.web.PortalException} and the RFC 9457 problem+json
 * rendering of every error, the {@code X-Trace-Id} response header, and the one page shape
 * ({@link org.alumniportal.platform.web.PageResponse}, {@link org.alumniportal.platform.web.Paging}).
 *
 * <h2>Which failure answers what</h2>
 * One failure has one status and one {@code type} slug in every service; clients branch on the slug. The shared
 * slugs are constants of {@link org.alumniportal.platform.web.Problems}; a service adds its own slug only for a
 * failure no other service has (e.g. {@code recruiter-not-approved}, {@code last-admin}).
 * <ul>
 * <li><b>Unseen is unknown: 404 {@code not-found}.</b> A resource the caller may not see (someone else's
 * application, mentorship, session or notification, a profile hidden from them, removed content) answers exactly as
 * one that does not exist: same status, slug, title and detail. Ids are opaque strings, so a malformed id is simply
 * an id that does not exist: 404 too, never 400 or 500. No {@code <thing>-not-found} slugs: the title names the
 * thing.</li>
 * <li><b>Seen but not yours to do: 403 {@code forbidden}.</b> An action the caller's role may not take (an admin
 * path, a student posting a job), or an action on a resource they can see but do not own (editing another's public
 * job or event). A 403 whose cure is a step the caller can take keeps its own slug
 * ({@code email-not-verified}, {@code recruiter-not-approved}, {@code alumni-not-verified},
 * {@code account-suspended}, {@code cv-access-ended}).</li>
 * <li><b>Bad input: 400 {@code validation} with {@code errors}</b> ({@code [{field, message}]}), whether the field is
 * in the body, the query (a wrong type, a value outside an enum, a required parameter left out) or a paging value
 * ({@code page < 0}, {@code size < 1}). A body that is not JSON at all is 400 {@code malformed-request}.</li>
 * <li><b>Paging:</b> every list answers a {@link org.alumniportal.platform.web.PageResponse}; {@code size} above
 * {@value org.alumniportal.platform.web.Paging#MAX_SIZE} is capped, not refused (the answer's {@code size} says
 * what was applied).</li>
 * <li><b>State conflicts: 409</b> with a slug naming the state ({@code job-closed}, {@code already-applied});
 * a write lost to a concurrent one is 409 {@code concurrent-update} everywhere.</li>
 * <li>Not logged in: 401 {@code unauthorized}; unexpected: 500 {@code internal} with no detail but the trace id.</li>
 * </ul>
 */
package org.alumniportal.platform.web;
