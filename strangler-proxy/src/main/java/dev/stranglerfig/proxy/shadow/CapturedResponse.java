package dev.stranglerfig.proxy.shadow;

import org.springframework.http.HttpHeaders;

/** One side's answer to a shadowed request, as far as the comparison needs it. */
record CapturedResponse(int status, HttpHeaders headers, CapturedBody body) {
}
