package org.alumniportal.profile.importing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.profile.importing.ImportReport.RejectedRow;
import org.alumniportal.profile.profile.BatchYear;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.alumniportal.platform.web.PageResponse;

/**
 * Imports a CSV of alumni: every valid row is created or updated by e-mail (unchanged rows are not written), then
 * the new and still-uninvited records are invited. Re-uploading the same file changes nothing and mails nobody.
 */
@Service
class AlumniImportService {

    private static final Logger log = LoggerFactory.getLogger(AlumniImportService.class);
    private static final int INSERT_CHUNK = 500;

    private final ImportedAlumnusRepository imported;
    private final MongoTemplate mongo;
    private final SkillNormalizer skills;
    private final Invitations invitations;
    private final ImportProperties properties;
    private final Clock clock;

    AlumniImportService(ImportedAlumnusRepository imported, MongoTemplate mongo, SkillNormalizer skills,
            Invitations invitations, ImportProperties properties, Clock clock) {
        this.imported = imported;
        this.mongo = mongo;
        this.skills = skills;
        this.invitations = invitations;
        this.properties = properties;
        this.clock = clock;
    }

    ImportReport importCsv(MultipartFile file, CurrentUser admin) {
        if (file == null || file.isEmpty()) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "file-missing", "File missing",
                    "Send the CSV as multipart/form-data part 'file'.");
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw new PortalException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "File too large",
                    "An import file may have at most " + properties.maxFileSize().toKilobytes() + " KB.")
                    .with("maxBytes", properties.maxFileSize().toBytes());
        }
        int year = Instant.now(clock).atZone(ZoneOffset.UTC).getYear();
        AlumniCsv csv = new AlumniCsv(skills, properties.maxRows(), BatchYear.FIRST, year + BatchYear.YEARS_AHEAD);
        List<AlumniCsv.Row> rows;
        try (InputStream in = file.getInputStream()) {
            rows = csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store(rows, admin.id());
    }

    private ImportReport store(List<AlumniCsv.Row> rows, String adminId) {
        Instant now = clock.instant();
        List<AlumnusData> valid = rows.stream().filter(AlumniCsv.Row::valid).map(AlumniCsv.Row::data).toList();
        Map<String, ImportedAlumnus> existing = imported.findAllById(valid.stream().map(AlumnusData::email).toList())
                .stream().collect(Collectors.toMap(ImportedAlumnus::getEmail, Function.identity()));
        List<ImportedAlumnus> fresh = new ArrayList<>();
        List<String> toInvite = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (AlumnusData row : valid) {
            ImportedAlumnus known = existing.get(row.email());
            if (known == null) {
                fresh.add(ImportedAlumnus.of(row, adminId, now));
                toInvite.add(row.email());
                continue;
            }
            if (known.sameAs(row)) {
                unchanged++;
            } else {
                update(row, adminId, now);
                updated++;
            }
            if (known.awaitsInvitation()) {
                toInvite.add(row.email()); // an earlier send failed; the claim in Invitations prevents doubles
            }
        }
        int created = insert(fresh);
        // A concurrent upload inserted some of "fresh" first: those rows count as unchanged here.
        unchanged += fresh.size() - created;
        invitations.sendLater(toInvite);
        List<RejectedRow> rejected = rows.stream().filter(r -> !r.valid())
                .map(r -> new RejectedRow(r.row(), r.email(), r.errors())).toList();
        log.info("Alumni import by {}: {} rows, {} created, {} updated, {} unchanged, {} rejected", adminId,
                rows.size(), created, updated, unchanged, rejected.size());
        return new ImportReport(rows.size(), created, updated, unchanged, rejected);
    }

    /** Only the data fields: the invitation and claim fields belong to their own writers. */
    private void update(AlumnusData row, String adminId, Instant now) {
        mongo.updateFirst(query(where("_id").is(row.email())), new Update().set("name", row.name())
                .set("batchYear", row.batchYear()).set("company", row.company()).set("role", row.role())
                .set("location", row.location()).set("skills", row.skills()).set("importedBy", adminId)
                .set("updatedAt", now), ImportedAlumnus.class);
    }

    /** Bulk inserts in chunks; a chunk that hits a duplicate (a concurrent upload) is redone row by row. */
    private int insert(List<ImportedAlumnus> fresh) {
        int inserted = 0;
        for (int from = 0; from < fresh.size(); from += INSERT_CHUNK) {
            List<ImportedAlumnus> chunk = fresh.subList(from, Math.min(fresh.size(), from + INSERT_CHUNK));
            try {
                imported.insert(chunk);
                inserted += chunk.size();
            } catch (DuplicateKeyException e) {
                for (ImportedAlumnus one : chunk) {
                    if (!imported.existsById(one.getEmail())) {
                        try {
                            imported.insert(one);
                            inserted++;
                        } catch (DuplicateKeyException raced) {
                            // the other upload won; its record stands
                        }
                    }
                }
            }
        }
        return inserted;
    }

    PageResponse<ImportedAlumnusView> list(int page, int size, ImportStatus status) {
        Query filter = new Query();
        if (status == ImportStatus.CLAIMED) {
            filter.addCriteria(where("claimedAt").ne(null));
        } else if (status == ImportStatus.INVITED) {
            filter.addCriteria(where("claimedAt").is(null));
        }
        long total = mongo.count(filter, ImportedAlumnus.class);
        Query pageQuery = Query.of(filter).with(Sort.by(Sort.Order.desc("importedAt"), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        List<ImportedAlumnusView> items = mongo.find(pageQuery, ImportedAlumnus.class).stream()
                .map(ImportedAlumnusView::of).toList();
        return new PageResponse<>(items, page, size, total, (total + size - 1) / size);
    }
}
