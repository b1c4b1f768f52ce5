package dev.stranglerfig.analyzer.graph;

/**
 * What ties two classes, and how strongly. The weights are deliberately few and round: a call site or a type
 * named in a declaration is one unit; structural ties that data must follow (inheritance, a JPA relation, the
 * table a class queries) weigh more; a repository belongs with its entity above all. A call made inside a
 * {@code @Transactional} method counts twice, since a shared transaction is the hardest tie to cut.
 */
public enum EdgeKind {

	/** A method call, constructor call or method reference, per call site. */
	CALL(1),

	/** A type named by a field, parameter, return type or local variable, per mention. */
	TYPE(1),

	/** extends / implements. */
	INHERITANCE(3),

	/** A {@code @OneToMany}, {@code @ManyToOne}, {@code @OneToOne} or {@code @ManyToMany} field. */
	JPA_RELATION(3),

	/** A Spring Data repository to the entity it manages. */
	REPOSITORY(5),

	/** A class whose SQL or repository calls read or write a table, to the entity mapping that table. */
	TABLE(2),

	/**
	 * Classes changed in the same commit ({@code --git}). A commit of n classes adds weight/(n-1) to each pair
	 * of them, so each class gains one unit per commit however large; commits of more than
	 * {@link CoChanges#MAX_CLASSES_PER_COMMIT} classes (reformatting, renames) are skipped. Not a dependency:
	 * it helps group and place classes, and stays out of the metrics and the extraction order.
	 */
	CO_CHANGE(1);

	private final double weight;

	EdgeKind(double weight) {
		this.weight = weight;
	}

	public double weight() {
		return this.weight;
	}

}
