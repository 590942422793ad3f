package org.alumniportal.community.capsule;

import java.time.Duration;
import java.time.Instant;

/**
 * The trending formula: every like and view inside the window adds its weight, halved for each half-life of age,
 * <pre>score = Σ_likes 3 · 2^(−age/halfLife) + Σ_views 1 · 2^(−age/halfLife)</pre>
 * so engagement counts by how recent it is, not by how much a capsule collected over its lifetime.
 */
final class TrendScore {

    static final double LIKE_WEIGHT = 3;
    static final double VIEW_WEIGHT = 1;

    private final Instant now;
    private final double halfLifeSeconds;
    private double score;

    TrendScore(Instant now, Duration halfLife) {
        this.now = now;
        this.halfLifeSeconds = Math.max(1, halfLife.toSeconds());
    }

    TrendScore like(Instant at) {
        score += LIKE_WEIGHT * decay(at);
        return this;
    }

    TrendScore view(Instant at) {
        score += VIEW_WEIGHT * decay(at);
        return this;
    }

    double value() {
        return score;
    }

    private double decay(Instant at) {
        double age = Math.max(0, Duration.between(at, now).toSeconds());
        return Math.pow(2, -age / halfLifeSeconds);
    }
}
