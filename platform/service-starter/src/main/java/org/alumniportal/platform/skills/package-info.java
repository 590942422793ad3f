/**
 * The one skill vocabulary of the portal: {@link org.alumniportal.platform.skills.SkillNormalizer} and its
 * synonym table, so that every service spells "js", "JS" and "javascript" as "JavaScript".
 */
package org.alumniportal.platform.skills;
