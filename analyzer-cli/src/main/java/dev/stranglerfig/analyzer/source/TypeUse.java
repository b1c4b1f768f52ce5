package dev.stranglerfig.analyzer.source;

/** A class naming another class in a declaration: a field, a parameter, a return type, a JPA relation... */
public record TypeUse(TypeRef type, Kind kind) {

	/** Where the type is named. */
	public enum Kind {
		FIELD, PARAMETER, RETURN, LOCAL, INHERITANCE, JPA_RELATION
	}

}
