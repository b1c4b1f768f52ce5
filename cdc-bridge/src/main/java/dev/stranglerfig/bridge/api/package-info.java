/**
 * The bridge's HTTP API for operators ({@code strangler plan status}, {@code strangler verify}): each stream's state,
 * lag and counts, read from the same meters and health the actuator shows, and the verifier run on demand.
 */
package dev.stranglerfig.bridge.api;
