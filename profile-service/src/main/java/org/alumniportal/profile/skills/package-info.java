/**
 * Skill normalisation: one spelling per skill ("js", " JavaScript " → "JavaScript") from a small synonym file,
 * so that filters, search and matching compare like with like.
 */
package org.alumniportal.profile.skills;
