/**
 * The skill graph: skills as nodes, co-occurrence in profiles and jobs as weighted edges, communities found by
 * label propagation (JGraphT), and the roles people with a skill moved through.
 */
package org.alumniportal.analytics.skillgraph;
