package org.alumniportal.profile.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;

import org.alumniportal.platform.web.PortalException;
import org.alumniportal.profile.importing.ImportReport.FieldError;
import org.alumniportal.platform.skills.SkillNormalizer;

/**
 * Reads and validates an alumni CSV: header {@code email,name,batchYear,company,role,location,skills} (any order,
 * any case, {@code batch}/{@code batch_year} accepted; only email and name are required), skills separated by
 * {@code ;} or {@code |}. A broken file or header is refused whole (400); a bad row only rejects itself.
 */
final class AlumniCsv {

    static final List<String> COLUMNS = List.of("email", "name", "batchYear", "company", "role", "location", "skills");
    private static final List<String> REQUIRED = List.of("email", "name");
    private static final Map<String, String> ALIASES = aliases();
    // Deliberately simple: one @, no spaces, a dotted domain. Mail delivery is the real test of an address.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");
    private static final Pattern SKILL_SEPARATOR = Pattern.compile("[;|]");
    static final int MAX_TEXT = 120;
    static final int MAX_NAME = 100;
    static final int MAX_SKILLS = 50;
    static final int MAX_SKILL = 60;

    private final SkillNormalizer skills;
    private final int maxRows;
    private final int firstBatchYear;
    private final int lastBatchYear;

    AlumniCsv(SkillNormalizer skills, int maxRows, int firstBatchYear, int lastBatchYear) {
        this.skills = skills;
        this.maxRows = maxRows;
        this.firstBatchYear = firstBatchYear;
        this.lastBatchYear = lastBatchYear;
    }

    /** A data row: either {@code data} (valid) or {@code errors}. {@code row} counts data rows from 1. */
    record Row(int row, String email, AlumnusData data, List<FieldError> errors) {

        boolean valid() {
            return data != null;
        }
    }

    List<Row> read(InputStream in) {
        // Strict UTF-8: a file saved in another encoding is refused rather than imported with garbled names.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, parser)) {
                throw invalid("The file is empty; the first line must be the header " + String.join(",", COLUMNS) + ".");
            }
            Map<String, Integer> header = header(next(records, parser));
            Map<String, Integer> firstRowOf = new HashMap<>();
            while (hasNext(records, parser)) {
                CSVRecord record = next(records, parser);
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new PortalException(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-rows", "Too many rows",
                            "A file may hold at most " + maxRows + " alumni; split it into several uploads.")
                            .with("maxRows", maxRows);
                }
                rows.add(row(rows.size() + 1, header, record, firstRowOf));
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return rows;
    }

    private Row row(int number, Map<String, Integer> header, CSVRecord record, Map<String, Integer> firstRowOf) {
        List<FieldError> errors = new ArrayList<>();
        String rawEmail = value(header, record, "email");
        String email = rawEmail == null ? null : rawEmail.toLowerCase(Locale.ROOT);
        if (email == null) {
            errors.add(new FieldError("email", "is required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "must be an e-mail address"));
        }
        String name = collapse(value(header, record, "name"));
        if (name == null) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        Integer batchYear = batchYear(value(header, record, "batchYear"), errors);
        String company = text(header, record, "company", errors);
        String role = text(header, record, "role", errors);
        String location = text(header, record, "location", errors);
        List<String> skillList = skills(value(header, record, "skills"), errors);
        // Only a valid row claims its address: a rejected row followed by its corrected copy imports the copy.
        if (errors.isEmpty()) {
            Integer first = firstRowOf.putIfAbsent(email, number);
            if (first != null) {
                errors.add(new FieldError("email", "appears already in row " + first));
            }
        }
        if (!errors.isEmpty()) {
            return new Row(number, rawEmail, null, List.copyOf(errors));
        }
        return new Row(number, rawEmail,
                new AlumnusData(email, name, batchYear, company, role, location, skillList), List.of());
    }

    private Integer batchYear(String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(raw);
            if (year >= firstBatchYear && year <= lastBatchYear) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like an out-of-range year
        }
        errors.add(new FieldError("batchYear", "must be a year from " + firstBatchYear + " to " + lastBatchYear));
        return null;
    }

    private static String text(Map<String, Integer> header, CSVRecord record, String field, List<FieldError> errors) {
        String value = collapse(value(header, record, field));
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return value;
    }

    private List<String> skills(String raw, List<FieldError> errors) {
        if (raw == null) {
            return List.of();
        }
        List<String> parts = Arrays.stream(SKILL_SEPARATOR.split(raw)).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        if (parts.stream().anyMatch(s -> s.length() > MAX_SKILL)) {
            errors.add(new FieldError("skills", "each skill must be at most " + MAX_SKILL + " characters"));
        }
        List<String> normalized = skills.normalizeAll(parts);
        if (normalized.size() > MAX_SKILLS) {
            errors.add(new FieldError("skills", "at most " + MAX_SKILLS + " skills"));
        }
        return normalized;
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String key = record.get(i).replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            String column = ALIASES.get(key);
            if (column != null && columns.putIfAbsent(column, i) != null) {
                throw invalidHeader("Column '" + column + "' appears twice in the header.");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw invalidHeader("The header lacks " + String.join(", ", missing) + "; expected "
                    + String.join(",", COLUMNS) + ".").with("missingColumns", missing);
        }
        return columns;
    }

    private static String value(Map<String, Integer> header, CSVRecord record, String column) {
        Integer index = header.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static String collapse(String value) {
        return value == null ? null : value.replaceAll("\\s+", " ");
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** Commons CSV reports a broken quote from inside the iterator, wrapped in an unchecked exception. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e, parser);
        }
    }

    private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e, parser);
        }
    }

    private static PortalException unreadable(RuntimeException e, CSVParser parser) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return invalid("The file is not UTF-8 text; save it as \"CSV UTF-8\".");
        }
        return invalid("The file is not valid CSV near line " + parser.getCurrentLineNumber()
                + " (an unclosed quote?).").with("line", parser.getCurrentLineNumber());
    }

    private static PortalException unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return invalid("The file is not UTF-8 text; save it as \"CSV UTF-8\".");
        }
        return invalid("The file could not be read as CSV.");
    }

    private static PortalException invalid(String detail) {
        return new PortalException(HttpStatus.BAD_REQUEST, "invalid-csv", "Invalid CSV file", detail);
    }

    private static PortalException invalidHeader(String detail) {
        return new PortalException(HttpStatus.BAD_REQUEST, "invalid-csv-header", "Invalid CSV header", detail);
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new HashMap<>();
        COLUMNS.forEach(c -> a.put(c.toLowerCase(Locale.ROOT), c));
        a.put("batch", "batchYear");
        a.put("graduationyear", "batchYear");
        a.put("mail", "email");
        a.put("fullname", "name");
        a.put("currentcompany", "company");
        a.put("currentrole", "role");
        a.put("jobrole", "role");
        return Map.copyOf(a);
    }
}
