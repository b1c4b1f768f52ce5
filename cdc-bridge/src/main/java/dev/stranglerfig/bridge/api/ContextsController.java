package dev.stranglerfig.bridge.api;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.stranglerfig.bridge.BridgeApplication;
import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.verify.ContextVerifier;

/** {@code /bridge/contexts}: what the operator's CLI asks the bridge before moving a context on. */
@RestController
@RequestMapping("/bridge/contexts")
@Profile("!" + BridgeApplication.COMMAND_PROFILE)
class ContextsController {

	private final BridgeProperties properties;

	private final StreamViews streams;

	private final ContextVerifier verifier;

	ContextsController(BridgeProperties properties, StreamViews streams) {
		this.properties = properties;
		this.streams = streams;
		this.verifier = new ContextVerifier(properties);
	}

	@GetMapping
	List<StreamView> contexts() {
		return this.streams.streams();
	}

	/** Compares both sides now; 200 whether or not they are equal (the answer says), a problem when nothing was compared. */
	@PostMapping("/{context}/verify")
	ResponseEntity<?> verify(@PathVariable String context) {
		if (!this.properties.getContexts().contains(context)) {
			return problem(HttpStatus.NOT_FOUND, "this bridge does not sync '" + context + "'; it syncs "
					+ String.join(", ", this.properties.getContexts()));
		}
		try {
			return ResponseEntity.ok(VerifyAnswer.of(this.verifier.verify(context)));
		}
		catch (SQLException ex) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "not verified, a database refused: " + ex.getMessage());
		}
		catch (IllegalStateException ex) {
			return problem(HttpStatus.INTERNAL_SERVER_ERROR, "not verified: " + ex.getMessage());
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.of(problem).build();
	}

}
