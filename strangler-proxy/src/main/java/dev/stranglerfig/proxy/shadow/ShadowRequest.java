package dev.stranglerfig.proxy.shadow;

import java.net.URI;

import io.netty.handler.codec.http.HttpHeaders;

import org.springframework.http.HttpMethod;

/**
 * The shopper's request, re-addressed to the service.
 *
 * @param headers the shopper's headers as Netty received them: copied from there, they skip the case-insensitive
 * set of names Spring's {@code HttpHeaders} builds each time it is iterated
 */
record ShadowRequest(HttpMethod method, URI uri, HttpHeaders headers, byte[] body) {
}
