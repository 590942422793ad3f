package org.alumniportal.community.capsule;

/** Feature (true) or unfeature (false) a capsule; featured capsules lead the list. */
record FeatureRequest(boolean featured) {
}
