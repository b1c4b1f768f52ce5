package dev.stranglerfig.inventory.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is an RFC 9457 problem document shaped exactly like legacy's (same types, titles, details and
 * {@code errors} list), so a client cannot tell which side answered and the proxy's shadow diff stays at zero.
 * Like legacy, it builds on Spring's {@link ResponseEntityExceptionHandler} for malformed requests.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	/** The validator reports violations in no fixed order; a fixed one lets two sides' answers compare equal. */
	private static final Comparator<Map<String, String>> BY_FIELD_AND_MESSAGE = Comparator
		.<Map<String, String>, String>comparing(error -> error.get("field"))
		.thenComparing(error -> error.get("message"));

	@ExceptionHandler(ShopException.class)
	ProblemDetail shopException(ShopException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setType(ex.type());
		return problem;
	}

	/** Two requests raced past the duplicate check; the unique constraint decided. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrityViolation(DataIntegrityViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The request conflicts with existing data");
		problem.setType(URI.create("/problems/data-conflict"));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemResponses::fieldError)
			.toList();
		return validationProblem(errors, headers);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// A body checked together with a constrained path variable (the order API) names its fields, as a body
		// checked on its own does; legacy's endpoints never mix the two, so their answers are unchanged.
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> (result instanceof ParameterErrors body)
					? body.getFieldErrors().stream().map(ProblemResponses::fieldError)
					: result.getResolvableErrors()
						.stream()
						.map(error -> Map.of("field", result.getMethodParameter().getParameterName(), "message",
								String.valueOf(error.getDefaultMessage()))))
			.toList();
		return validationProblem(errors, headers);
	}

	private static Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
	}

	private static ResponseEntity<Object> validationProblem(List<Map<String, String>> errors, HttpHeaders headers) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid");
		problem.setType(URI.create("/problems/validation"));
		problem.setProperty("errors", errors.stream().sorted(BY_FIELD_AND_MESSAGE).toList());
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

}
