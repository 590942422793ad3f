package org.alumniportal.community.moderation;

import org.alumniportal.community.content.ContentType;

/** The answer to a flag: the item and how many people flagged it so far. */
record FlagView(ContentType type, String id, long flagCount) {
}
