package org.alumniportal.analytics.skillgraph;

import java.util.List;

/**
 * The graph as a chart library draws it. A node's {@code count} is profiles + jobs listing the skill; an edge's
 * {@code weight} is how many profiles and jobs list both skills. {@code cluster} is the node's community id.
 */
record SkillNetwork(List<Node> nodes, List<Edge> edges) {

    record Node(String id, long count, long profiles, long jobs, int cluster) {
    }

    record Edge(String source, String target, long weight, long profiles, long jobs) {
    }
}
