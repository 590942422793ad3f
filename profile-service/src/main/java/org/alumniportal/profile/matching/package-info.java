/**
 * Alumni connection suggestions (SPEC phase 8): people who share skills, a company, a city or a batch with the
 * caller, scored and explained, drawn from the directory index under the same privacy rules as search.
 */
package org.alumniportal.profile.matching;
