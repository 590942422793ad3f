package org.alumniportal.community.moderation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's decision on one item. */
record ModerateRequest(
        @NotBlank @Schema(allowableValues = {"POST", "COMMENT", "CAPSULE", "EVENT"}) String type,
        @NotBlank String id,
        @NotNull ModerationAction action,
        @Size(max = 500) String reason) {
}
