package org.alumniportal.profile.importing;

import java.util.List;

/** One alumnus as the import knows them, validated and normalised (email lower-case, skills canonical). */
record AlumnusData(String email, String name, Integer batchYear, String company, String role, String location,
        List<String> skills) {

    AlumnusData {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
