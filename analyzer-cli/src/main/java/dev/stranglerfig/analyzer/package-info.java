/**
 * The strangler analyzer CLI (issue 6). An empty shell until then.
 */
package dev.stranglerfig.analyzer;
