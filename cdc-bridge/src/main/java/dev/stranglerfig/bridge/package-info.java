/**
 * The CDC bridge (issue 5). An empty shell until then.
 */
package dev.stranglerfig.bridge;
