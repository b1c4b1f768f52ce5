/**
 * How far each stream has applied its source, published for the proxy's read-your-writes.
 */
package dev.stranglerfig.bridge.progress;
