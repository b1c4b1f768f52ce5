/**
 * The strangler proxy (issue 3). An empty shell until then.
 */
package dev.stranglerfig.proxy;
