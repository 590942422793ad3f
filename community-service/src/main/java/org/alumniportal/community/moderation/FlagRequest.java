package org.alumniportal.community.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the item should be looked at. */
record FlagRequest(@NotBlank @Size(max = 500) String reason) {
}
