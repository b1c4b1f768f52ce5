package dev.stranglerfig.proxy.shadow;

import java.net.URI;

import io.netty.handler.codec.http.HttpHeaders;

import org.springframework.http.HttpMethod;

/**
 * The shopper's request, re-addressed to a backend.
 *
 * @param backend the scheme, host and port it goes to
 * @param target the shopper's path and query, as the shopper encoded them
 * @param headers the shopper's headers as Netty received them: copied from there, they skip the case-insensitive
 * set of names Spring's {@code HttpHeaders} builds each time it is iterated
 */
record ShadowRequest(HttpMethod method, URI backend, String target, HttpHeaders headers, byte[] body) {
}
