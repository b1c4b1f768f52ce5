/**
 * The strangler analyzer: reads a Java monolith's source ({@code source}), builds a weighted class graph
 * ({@code graph}), proposes bounded contexts ({@code contexts}), gives tables and calls an owner
 * ({@code ownership}), measures the result ({@code metrics}) and writes reports and draft plans
 * ({@code report}, {@code plans}); {@code analysis} runs these steps in order and {@code cli} is the
 * {@code strangler} command line.
 */
package dev.stranglerfig.analyzer;
