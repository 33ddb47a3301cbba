package org.samverkan.platform.web;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import org.samverkan.platform.screening.ScreeningValidators;
import org.samverkan.platform.store.StoreOutages;
import org.samverkan.platform.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error as RFC 9457 {@code application/problem+json}. Validation problems carry an {@code errors} array
 * of {@code {field, message}} so a client can point at the field; unreadable JSON names the field where
 * reading stopped. Unexpected failures are logged with an id and answered without internals.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private java.time.Duration retryAfter = java.time.Duration.ofSeconds(5);

    @Autowired(required = false)
    void storeProperties(StoreProperties store) {
        this.retryAfter = store.retryAfter();
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> domain(ProblemException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        if (!e.fields().isEmpty()) {
            problem.setProperty("errors", e.fields());
        }
        return handleExceptionInternal(e, problem, new HttpHeaders(), e.status(), request);
    }

    /** Method security ({@code @PreAuthorize}) refusals: the same 403 problem as URL rules give. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role or the party you act for does not allow this.");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    /**
     * The store cannot be reached: 503 with Retry-After, at once and without a stack trace. The outage itself is
     * logged once, by {@link org.samverkan.platform.store.StoreAvailability}.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, com.mongodb.MongoTimeoutException.class,
            com.mongodb.MongoSocketException.class})
    ResponseEntity<Object> storeUnavailable(Exception e, WebRequest request) {
        log.debug("Store unavailable: {}", e.toString());
        return handleExceptionInternal(e, StoreOutages.problem(), StoreOutages.retryAfter(retryAfter),
                HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        if (StoreOutages.causedBy(e)) { // wrapped on its way up
            return storeUnavailable(e, request);
        }
        String incident = java.util.UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Quote incident " + incident + " to the operators.");
        problem.setProperty("incident", incident);
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        List<FieldProblem> global = e.getBindingResult().getGlobalErrors().stream()
                .map(g -> new FieldProblem(g.getObjectName(), g.getDefaultMessage())).toList();
        List<org.springframework.validation.FieldError> errors = e.getBindingResult().getFieldErrors();
        if (!fields.isEmpty() && global.isEmpty() && errors.stream().allMatch(ProblemDetailsAdvice::screening)) {
            // Well-formed, but the content breaks the screening rule: 422, as the services' own rule checks answer.
            return domain(new RuleViolationException(fields.size() == 1 ? fields.getFirst().field() + ": " + fields.getFirst().message()
                    : fields.size() + " fields are not acceptable", fields), request);
        }
        if (!fields.isEmpty() && global.isEmpty() && errors.stream().allMatch(f -> screening(f) || bound(f))) {
            return outOfBounds(e, headers, request, fields);
        }
        return invalid(e, headers, request, concat(fields, global));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        boolean allBounds = e.getParameterValidationResults().stream()
                .allMatch(r -> r.getResolvableErrors().stream().allMatch(ProblemDetailsAdvice::bound));
        return !fields.isEmpty() && allBounds ? outOfBounds(e, headers, request, fields) : invalid(e, headers, request, fields);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof OutOfBoundsException bounds) {
            return outOfBounds(e, headers, request, List.of(new FieldProblem(path(bounds), bounds.getOriginalMessage())));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body could not be read.");
        problem.setTitle("Unreadable request");
        problem.setProperty("errors", List.of(new FieldProblem(BODY, "is missing or not readable as JSON")));
        if (outermost(e, JacksonException.class) instanceof JacksonException jackson) {
            String field = path(jackson);
            problem.setDetail("The request body is not valid JSON for this operation"
                    + (field.isEmpty() ? "" : " at field '" + field + "'") + ": " + jackson.getOriginalMessage());
            if (!field.isEmpty()) {
                problem.setProperty("errors", List.of(new FieldProblem(field, jackson.getOriginalMessage())));
            }
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query or path parameter of the wrong type: 400 naming it; a date out of {@link InputBounds}: 422 naming it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : String.valueOf(e.getPropertyName());
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof BoundedQueryParameters.OutOfRange range) {
            return outOfBounds(e, headers, request, List.of(new FieldProblem(name, range.getMessage())));
        }
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "a valid value"
                : type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                : "a valid " + type.getSimpleName();
        return invalid(e, headers, request, List.of(new FieldProblem(name, "must be " + expected)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(e, headers, request, List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Content type not supported; send one of "
                + e.getSupportedMediaTypes() + ".");
        problem.setTitle("Unsupported content type");
        problem.setProperty("errors", List.of(new FieldProblem("Content-Type", "must be one of " + e.getSupportedMediaTypes())));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** Well-formed but too much (or too little) of it: 422 naming each field, whether the platform's or a DTO's bound. */
    private ResponseEntity<Object> outOfBounds(Exception e, HttpHeaders headers, WebRequest request, List<FieldProblem> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                fields.size() == 1 ? fields.getFirst().field() + ": " + fields.getFirst().message()
                        : fields.size() + " fields are out of bounds");
        problem.setTitle("Out of bounds");
        problem.setProperty("errors", fields);
        return handleExceptionInternal(e, problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    private ResponseEntity<Object> invalid(Exception e, HttpHeaders headers, WebRequest request, List<FieldProblem> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                fields.size() == 1 ? fields.getFirst().field() + ": " + fields.getFirst().message()
                        : fields.size() + " fields are invalid");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", fields);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static boolean screening(org.springframework.validation.FieldError error) {
        return error.contains(ConstraintViolation.class) && ScreeningValidators.isScreening(error.unwrap(ConstraintViolation.class));
    }

    /**
     * Bean Validation's size and range constraints: the bounds an OpenAPI schema states as maxLength, maxItems,
     * minimum and maximum. The last message code of a constraint error is the constraint's simple name.
     */
    private static final java.util.Set<String> BOUNDS = java.util.Set.of("Size", "Min", "Max", "DecimalMin", "DecimalMax",
            "Positive", "PositiveOrZero", "Negative", "NegativeOrZero");

    private static boolean bound(org.springframework.context.MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes != null && codes.length > 0 && BOUNDS.contains(codes[codes.length - 1]);
    }

    private static final String BODY = "body";

    /** The first cause of this type: Jackson's outermost exception carries the path, its own causes do not. */
    private static Throwable outermost(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<FieldProblem> concat(List<FieldProblem> a, List<FieldProblem> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
