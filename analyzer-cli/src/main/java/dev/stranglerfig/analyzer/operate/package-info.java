/**
 * The operator's commands ({@code strangler plan validate|status|diff|advance|revert}, {@code strangler verify}):
 * plain HTTP clients of the proxy's admin API and the CDC bridge's API, and the checks a forward move must pass.
 */
package dev.stranglerfig.analyzer.operate;
