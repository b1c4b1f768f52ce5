package dev.stranglerfig.proxy.shadow;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Shadow;

import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseComparatorTests {

	private final ResponseComparator comparator = new ResponseComparator(Shadow.DEFAULT);

	@Test
	void transportHeadersAreNotComparedButContentTypeIs() {
		CapturedResponse legacy = response(200, "{\"a\":1}", "Content-Type", "application/json", "Date", "Mon");
		CapturedResponse service = response(200, "{\"a\":1}", "Content-Type", "text/plain", "Date", "Tue");

		assertThat(this.comparator.compare(legacy, service)).containsExactly("header:Content-Type");
		assertThat(new ResponseComparator(new Shadow(List.of(), List.of("content-type"), 1.0, false)).compare(legacy,
				service)).isEmpty();
	}

	@Test
	void nonJsonBodiesCompareAsText() {
		assertThat(this.comparator.compare(response(200, "hello"), response(500, "Hello"))).containsExactly("status",
				"body");
		assertThat(this.comparator.compare(response(204, ""), response(204, ""))).isEmpty();
	}

	@Test
	void bodiesCutAtTheLimitAreLeftOut() {
		CapturedBody cut = body(4, "{\"a\":1}");

		assertThat(cut.truncated()).isTrue();
		assertThat(cut.text()).isEqualTo("{\"a\"");
		assertThat(this.comparator.compare(new CapturedResponse(200, new HttpHeaders(), cut), response(200, "{\"a\":2}")))
			.isEmpty();
	}

	private static CapturedResponse response(int status, String body, String... headers) {
		HttpHeaders httpHeaders = new HttpHeaders();
		for (int i = 0; i < headers.length; i += 2) {
			httpHeaders.add(headers[i], headers[i + 1]);
		}
		return new CapturedResponse(status, httpHeaders, body(1024, body));
	}

	private static CapturedBody body(int limit, String text) {
		CapturedBody body = new CapturedBody(limit);
		body.append(DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
		return body;
	}

}
