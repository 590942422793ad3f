package org.alumniportal.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alumniportal.platform.web.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents what {@code ProblemHandler} answers, on every operation: 400 {@code validation} where there is input,
 * 401/403 where a token is needed, 404 where the path names a resource, 413/415 on uploads, and each
 * {@code "<status> <slug>"} the operation's summary or description promises ({@code 409 profile-exists}), all as
 * {@code application/problem+json} with the shared {@value #PROBLEM} schema and the slugs as examples. Responses
 * an operation documents itself are kept; examples are only added to them.
 */
public class ProblemResponsesCustomizer implements OpenApiCustomizer {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** "409 profile-exists": a 4xx status and a slug with at least one hyphen, as descriptions name them. */
    private static final Pattern PROMISED = Pattern.compile("\\b(4\\d\\d) ([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\\b");

    private final List<String> publicPaths;
    private final AntPathMatcher paths = new AntPathMatcher();

    /** @param publicPaths path patterns open without a token; their operations document no 401/403 */
    public ProblemResponsesCustomizer(List<String> publicPaths) {
        this.publicPaths = List.copyOf(publicPaths);
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(FIELD_ERROR, fieldErrorSchema());
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> document(path, operation)));
    }

    private void document(String path, Operation operation) {
        multipartWhereFilesAre(operation);
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(operation, HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                    "A field or parameter is invalid; errors lists each one.");
        }
        if (!isPublic(path)) {
            add(operation, HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "A valid bearer token is required.");
            add(operation, HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "You are not allowed to do this.");
        }
        if (path.contains("{")) {
            add(operation, HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "There is nothing you can see at this path.");
        }
        if (isMultipart(operation)) {
            add(operation, HttpStatus.PAYLOAD_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "The upload is too large.");
            add(operation, HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.UNSUPPORTED_MEDIA_TYPE,
                    "The upload's content is not an accepted type.");
        }
        String text = (operation.getSummary() == null ? "" : operation.getSummary()) + " "
                + (operation.getDescription() == null ? "" : operation.getDescription());
        Matcher promised = PROMISED.matcher(text);
        while (promised.find()) {
            HttpStatus status = HttpStatus.resolve(Integer.parseInt(promised.group(1)));
            if (status != null) {
                add(operation, status, promised.group(2), status.getReasonPhrase() + ".");
            }
        }
    }

    /**
     * A {@code @RequestPart} upload without {@code consumes} is published as a JSON body holding a binary field,
     * which no client can send; its real encoding is multipart/form-data.
     */
    @SuppressWarnings("rawtypes")
    private static void multipartWhereFilesAre(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || isMultipart(operation)) {
            return;
        }
        Content content = operation.getRequestBody().getContent();
        MediaType json = content.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        Schema schema = json == null ? null : json.getSchema();
        Map<String, Schema> properties = schema == null ? null : schema.getProperties();
        if (properties != null && properties.values().stream().anyMatch(ProblemResponsesCustomizer::isBinary)) {
            content.remove(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
            content.addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, json);
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean isBinary(Schema property) {
        return "binary".equals(property.getFormat()) || (property.getItems() != null
                && "binary".equals(property.getItems().getFormat()));
    }

    private boolean isPublic(String path) {
        return publicPaths.stream().anyMatch(pattern -> paths.match(pattern, path));
    }

    private static boolean isMultipart(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream()
                        .anyMatch(type -> type.startsWith("multipart/"));
    }

    private static void add(Operation operation, HttpStatus status, String slug, String detail) {
        String code = String.valueOf(status.value());
        ApiResponse response = operation.getResponses().get(code);
        if (response == null) {
            response = new ApiResponse().description(status.getReasonPhrase());
            operation.getResponses().addApiResponse(code, response);
        }
        if (response.getContent() == null) {
            response.setContent(new Content());
        }
        MediaType media = response.getContent().get(MEDIA_TYPE);
        if (media == null) {
            media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
            response.getContent().addMediaType(MEDIA_TYPE, media);
        }
        if (media.getExamples() == null || !media.getExamples().containsKey(slug)) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", Problems.TYPE_BASE + slug);
            value.put("title", status.getReasonPhrase());
            value.put("status", status.value());
            value.put("detail", detail);
            media.addExamples(slug, new Example().summary(slug).value(value));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema fieldErrorSchema() {
        return new ObjectSchema().description("One invalid field or parameter.")
                .addProperty("field", new StringSchema().description("JSON path or parameter name"))
                .addProperty("message", new StringSchema());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema schema = new ObjectSchema().description("RFC 9457 problem details; clients branch on type.")
                .addProperty("type", new StringSchema().format("uri")
                        .description(Problems.TYPE_BASE + "<slug>, stable: clients branch on it"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("traceId", new StringSchema().description("quote it when reporting a problem"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/"
                        + FIELD_ERROR)).description("on 400 validation: each invalid field"));
        schema.setRequired(new ArrayList<>(List.of("type", "title", "status")));
        return schema;
    }
}
