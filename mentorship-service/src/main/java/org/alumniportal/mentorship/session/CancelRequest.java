package org.alumniportal.mentorship.session;

import jakarta.validation.constraints.Size;

/** Calling a session off, with an optional reason for the other person. */
record CancelRequest(@Size(max = 1000) String reason) {
}
