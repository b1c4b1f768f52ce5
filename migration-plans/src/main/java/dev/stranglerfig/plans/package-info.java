/**
 * The plan model, loader and validator (issue 3). An empty shell until then.
 */
package dev.stranglerfig.plans;
