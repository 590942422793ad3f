package org.alumniportal.community.recommendation;

import java.util.List;

import org.alumniportal.community.event.EventView;

/** An event recommended to the caller, with why. */
record RecommendedEvent(EventView event, double score, List<String> reasons) {
}
