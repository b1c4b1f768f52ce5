package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;

/** Reads Spring MVC/WebFlux request mappings: the class-level prefix joined to each handler method's path. */
final class EndpointMappings {

	private static final Map<String, String> SHORTCUTS = Map.of("GetMapping", "GET", "PostMapping", "POST",
			"PutMapping", "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH");

	private EndpointMappings() {
	}

	static List<EndpointFacts> of(TypeDeclaration<?> type) {
		List<String> prefixes = Annotations.find(type, "RequestMapping").map(EndpointMappings::paths).orElse(List.of(""));
		List<EndpointFacts> endpoints = new ArrayList<>();
		for (MethodDeclaration method : type.getMethods()) {
			for (AnnotationExpr annotation : method.getAnnotations()) {
				String name = annotation.getName().getIdentifier();
				List<String> httpMethods = SHORTCUTS.containsKey(name) ? List.of(SHORTCUTS.get(name))
						: name.equals("RequestMapping") ? requestMethods(annotation) : List.of();
				for (String httpMethod : httpMethods) {
					for (String prefix : prefixes) {
						for (String path : paths(annotation)) {
							endpoints.add(new EndpointFacts(httpMethod, join(prefix, path), method.getNameAsString()));
						}
					}
				}
			}
		}
		return endpoints;
	}

	private static List<String> requestMethods(AnnotationExpr annotation) {
		List<String> methods = Annotations.member(annotation, "method").map(Annotations::enumNames).orElse(List.of());
		return methods.isEmpty() ? List.of("ANY") : methods;
	}

	private static List<String> paths(AnnotationExpr annotation) {
		List<String> paths = new ArrayList<>();
		Annotations.member(annotation, "value").ifPresent(v -> paths.addAll(Annotations.strings(v)));
		Annotations.member(annotation, "path").ifPresent(v -> paths.addAll(Annotations.strings(v)));
		return paths.isEmpty() ? List.of("") : paths;
	}

	/** {@code /api/users} + {@code {id:\\d+}} -> {@code /api/users/{id}}: one slash between, none trailing. */
	static String join(String prefix, String path) {
		String joined = ("/" + prefix + "/" + path).replaceAll("/+", "/").replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
		return (joined.length() > 1 && joined.endsWith("/")) ? joined.substring(0, joined.length() - 1) : joined;
	}

}
