package dev.stranglerfig.proxy.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * An RFC 9457 problem document.
 *
 * @param problems the individual problems of a rejected plan, when there are several
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, List<String> problems) {

	static Problem of(HttpStatus status, String detail) {
		return new Problem("about:blank", status.getReasonPhrase(), status.value(), detail, null);
	}

	Problem withProblems(List<String> list) {
		return new Problem(this.type, this.title, this.status, this.detail, list);
	}

	Mono<ServerResponse> response() {
		ServerResponse.BodyBuilder response = ServerResponse.status(this.status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (this.status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.header(HttpHeaders.RETRY_AFTER, "1");
		}
		return response.bodyValue(this);
	}

}
