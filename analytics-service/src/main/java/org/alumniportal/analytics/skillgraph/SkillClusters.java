package org.alumniportal.analytics.skillgraph;

import java.util.List;

/**
 * Communities of the skill graph. {@code modularity} (−0.5 to 1) says how much denser the links are inside the
 * clusters than chance; {@code algorithm} names the method and its parameters.
 */
record SkillClusters(String algorithm, double modularity, List<Cluster> clusters) {

    /** Skills of one community, most common first. */
    record Cluster(int id, int size, String label, List<String> skills) {
    }
}
