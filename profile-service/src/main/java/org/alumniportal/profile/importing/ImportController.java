package org.alumniportal.profile.importing;

import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;

@Tag(name = "Alumni import", description = "Admin bulk import of alumni from CSV, with invitation mails")
@RestController
@Validated
class ImportController {

    private final AlumniImportService imports;

    ImportController(AlumniImportService imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import alumni from CSV (admin)", description = """
            multipart part 'file': UTF-8 CSV with header email,name,batchYear,company,role,location,skills (skills \
            separated by ';' or '|'; email and name required). Matched on the lower-cased e-mail: new rows are \
            created and invited by mail, changed rows updated, identical rows left alone, so uploading the same \
            file again changes nothing and mails nobody. Bad rows are listed in 'rejected' (row 1 = first row \
            after the header) and do not stop the others. At most portal.importing.max-rows rows (413 \
            too-many-rows) and portal.importing.max-file-size (413 file-too-large); a broken file or header is 400 \
            invalid-csv / invalid-csv-header.""")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping(path = "/api/admin/profiles/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importCsv(CurrentUser admin, @RequestPart(name = "file", required = false) MultipartFile file) {
        return imports.importCsv(file, admin);
    }

    @Operation(summary = "Imported alumni (admin)", description = "Newest import first; status INVITED or "
            + "CLAIMED (the person has a verified account and a profile); invitedAt is null until the mail went out.")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/api/admin/profiles/imports")
    PageResponse<ImportedAlumnusView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) int size,
            @RequestParam(required = false) ImportStatus status) {
        return imports.list(page, Paging.size(size), status);
    }
}
