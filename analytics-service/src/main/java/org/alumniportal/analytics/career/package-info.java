/**
 * Career paths and prediction from alumni experience timelines: role titles normalised, transitions counted as a
 * first-order Markov chain, predictions with their observations and the skills that preceded each move.
 */
package org.alumniportal.analytics.career;
