package dev.stranglerfig.proxy.shadow;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** The shopper's request, re-addressed to the service. */
record ShadowRequest(HttpMethod method, URI uri, HttpHeaders headers, byte[] body) {
}
