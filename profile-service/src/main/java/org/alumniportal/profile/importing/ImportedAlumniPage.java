package org.alumniportal.profile.importing;

import java.util.List;

record ImportedAlumniPage(List<ImportedAlumnusView> items, int page, int size, long totalElements, long totalPages) {
}
