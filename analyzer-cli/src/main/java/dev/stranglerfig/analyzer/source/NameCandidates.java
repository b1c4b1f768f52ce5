package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;

/**
 * What a name may mean by the file's imports and package (single-type import, then the package, then wildcard
 * imports, as Java looks them up), checked against the project's type index by {@link TypeResolver}.
 */
final class NameCandidates {

	private final String packageName;

	private final Map<String, String> singleImports = new HashMap<>();

	private final List<String> wildcardPackages = new ArrayList<>();

	NameCandidates(CompilationUnit unit) {
		this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
		for (ImportDeclaration declaration : unit.getImports()) {
			if (declaration.isStatic()) {
				continue;
			}
			if (declaration.isAsterisk()) {
				this.wildcardPackages.add(declaration.getNameAsString());
			}
			else {
				this.singleImports.put(declaration.getName().getIdentifier(), declaration.getNameAsString());
			}
		}
	}

	/** Candidates for a name as written: {@code Order}, {@code OrderResponses.OrderResponse} or qualified. */
	List<String> of(String written) {
		int dot = written.indexOf('.');
		String first = (dot < 0) ? written : written.substring(0, dot);
		String rest = (dot < 0) ? "" : written.substring(dot);
		String imported = this.singleImports.get(first);
		if (imported != null) {
			return List.of(imported + rest);
		}
		List<String> candidates = new ArrayList<>();
		if (Character.isLowerCase(first.charAt(0))) {
			candidates.add(written);
		}
		candidates.add(this.packageName.isEmpty() ? written : this.packageName + "." + written);
		for (String wildcard : this.wildcardPackages) {
			candidates.add(wildcard + "." + written);
		}
		return candidates;
	}

}
