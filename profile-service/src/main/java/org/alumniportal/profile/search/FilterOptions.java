package org.alumniportal.profile.search;

import java.util.List;

/**
 * The values a caller can filter by, with how many profiles they can see carry each. Companies, skills and
 * locations are the most frequent {@value DirectoryIndex#MAX_OPTIONS} each (count descending); batch years all,
 * newest first.
 */
record FilterOptions(List<Option> companies, List<Option> skills, List<Option> locations,
        List<YearOption> batchYears) {

    record Option(String value, long count) {
    }

    record YearOption(int value, long count) {
    }
}
