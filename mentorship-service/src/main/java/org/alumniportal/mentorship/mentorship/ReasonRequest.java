package org.alumniportal.mentorship.mentorship;

import jakarta.validation.constraints.Size;

/** An optional reason, shown to the other person (reject, end). */
record ReasonRequest(@Size(max = 1000) String reason) {
}
