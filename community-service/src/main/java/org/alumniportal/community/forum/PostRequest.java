package org.alumniportal.community.forum;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new post or its full replacement; HTML in content is sanitised, tags are lower-cased and de-duplicated. */
record PostRequest(@NotBlank @Size(min = 3, max = 200) String title,
        @NotBlank @Size(max = 20_000) String content,
        @Size(max = 10) List<@NotBlank @Size(max = 30) String> tags) {
}
