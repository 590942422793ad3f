package org.alumniportal.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every exception that leaves a controller into RFC 9457 {@code application/problem+json} with a stable
 * {@code type} ({@link Problems#TYPE_BASE} + slug). Bad input is always a 4xx; only a bug is a 500, and its
 * body never carries a stack trace or exception message. Ordered last, so a service's own advice wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(PortalException.class)
    ResponseEntity<Object> portal(PortalException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(ex.status(), ex.type(), ex.title(), ex.detail());
        ex.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        ex.headers().forEach(headers::set);
        return handleExceptionInternal(ex, problem, headers, ex.status(), request);
    }

    /** Bean Validation on a service method ({@code @Validated}) rather than on a controller argument. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<Problems.FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return handleExceptionInternal(ex, validation(errors), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** A {@code @PreAuthorize} refusal: 403, or 401 when nobody is logged in (an open path). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return unauthorized(ex, request);
        }
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                "You are not allowed to do this.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> authentication(AuthenticationException ex, WebRequest request) {
        return unauthorized(ex, request);
    }

    private ResponseEntity<Object> unauthorized(Exception ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNAUTHORIZED, request);
    }

    /** A broken multipart body (the size limit has its own 413 handler in the superclass). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                "The multipart request could not be read.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "Internal error",
                "An unexpected error occurred. Quote the traceId when reporting it.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(e -> errors.add(new Problems.FieldError(e.getField(), e.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new Problems.FieldError(e.getObjectName(), e.getDefaultMessage())));
        return handleExceptionInternal(ex, validation(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bound) {
                bound.getFieldErrors()
                        .forEach(e -> errors.add(new Problems.FieldError(e.getField(), e.getDefaultMessage())));
            } else {
                String name = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new Problems.FieldError(name, error.getDefaultMessage()));
                }
            }
        }
        return handleExceptionInternal(ex, validation(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query or path value of the wrong type (a number, an enum) is a field error like one in the body. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum() ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : "has an invalid value";
        return handleExceptionInternal(ex, validation(List.of(new Problems.FieldError(field, message))), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** A required query parameter left out: the same field error as a required body field left out. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex,
                validation(List.of(new Problems.FieldError(ex.getParameterName(), "is required"))), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** Valid JSON with a field of the wrong type is a field error; anything else unreadable is malformed. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            String field = pathOf(bad);
            return handleExceptionInternal(ex,
                    validation(List.of(new Problems.FieldError(field, invalidValueMessage(bad)))), headers,
                    HttpStatus.BAD_REQUEST, request);
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                "The request body is missing or is not valid JSON.");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(Problems.type(slugFor(ex, status)));
        }
        String traceId = MDC.get("traceId");
        if (traceId != null && !traceId.isBlank()) {
            problem.setProperty("traceId", traceId);
        }
        logProblem(ex, status, request);
        return createResponseEntity(problem, headers, status, request);
    }

    private static void logProblem(Exception ex, HttpStatusCode status, WebRequest request) {
        String where = request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
        if (status.is5xxServerError()) {
            log.error("{} on {}", status.value(), where, ex);
        } else if (log.isDebugEnabled()) {
            log.debug("{} on {}: {}", status.value(), where, ex == null ? "" : ex.toString());
        }
    }

    private static ProblemDetail validation(List<Problems.FieldError> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                "Some fields are invalid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    static String slugFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
            return Problems.VALIDATION;
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return Problems.MALFORMED_REQUEST;
        }
        if (ex instanceof TypeMismatchException || ex instanceof MissingServletRequestParameterException) {
            return Problems.VALIDATION;
        }
        if (ex instanceof ServletRequestBindingException || ex instanceof MissingServletRequestPartException) {
            return Problems.MISSING_PARAMETER;
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return Problems.NOT_FOUND;
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return Problems.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return Problems.UNSUPPORTED_MEDIA_TYPE;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return Problems.NOT_ACCEPTABLE;
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return Problems.PAYLOAD_TOO_LARGE;
        }
        return Problems.slugOf(status);
    }

    private static String pathOf(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String invalidValueMessage(DatabindException ex) {
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(mismatch.getTargetType().getEnumConstants());
        }
        return "has an invalid value";
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT
                    || kind == ElementKind.BEAN) {
                // Bean Validation puts a list index on the element after the list: items[0].qty
                if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (node.getName() != null) {
                    names.add(node.getName());
                }
            }
        }
        if (names.isEmpty()) {
            return parameter != null ? parameter : violation.getPropertyPath().toString();
        }
        return String.join(".", names);
    }
}
