package org.alumniportal.profile.search;

import java.util.List;

/** One page of cards; {@code size} is the page size actually applied (after the cap). */
record ProfileCardPage(List<ProfileCard> items, int page, int size, long totalElements, long totalPages) {

    static ProfileCardPage of(List<ProfileCard> items, int page, int size, long total) {
        return new ProfileCardPage(items, page, size, total, (total + size - 1) / size);
    }
}
