package dev.stranglerfig.analyzer.operate;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the proxy's admin API and the bridge are, and the admin token. The token comes from the environment or a
 * file, never from an option, so it never lands in shell history or in the process list.
 */
public final class ControlPlane {

	static final String PROXY_ENV = "STRANGLER_PROXY_ADMIN";

	static final String BRIDGE_ENV = "STRANGLER_BRIDGE";

	static final String TOKEN_ENV = "STRANGLER_ADMIN_TOKEN";

	@CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
	private CommandLine.Model.CommandSpec spec;

	@Option(names = "--proxy-admin", paramLabel = "URL", defaultValue = "${env:" + PROXY_ENV + ":-http://localhost:9080}",
			description = "The proxy's admin API (default: $" + PROXY_ENV + ", else http://localhost:9080).")
	private URI proxyAdmin;

	@Option(names = "--bridge", paramLabel = "URL", defaultValue = "${env:" + BRIDGE_ENV + ":-http://localhost:8110}",
			description = "The CDC bridge's HTTP API (default: $" + BRIDGE_ENV + ", else http://localhost:8110).")
	private URI bridge;

	@Option(names = "--token-file", paramLabel = "FILE",
			description = "A file holding the admin API's token (default: the token in $" + TOKEN_ENV + ").")
	private Path tokenFile;

	/** Whether the operator named a proxy, by option or environment, rather than leaving the default. */
	boolean proxyNamed() {
		return System.getenv(PROXY_ENV) != null || this.spec.commandLine().getParseResult().hasMatchedOption("--proxy-admin");
	}

	ProxyAdmin proxy() {
		return new ProxyAdmin(new JsonHttp("the proxy admin API", this.proxyAdmin, token(),
				"--proxy-admin or " + PROXY_ENV, Duration.ofSeconds(30)));
	}

	/** Verify reads both databases in full: it may take minutes on large tables. */
	Bridge bridge() {
		return new Bridge(new JsonHttp("the bridge", this.bridge, null, "--bridge or " + BRIDGE_ENV, Duration.ofMinutes(30)));
	}

	private String token() {
		if (this.tokenFile != null) {
			try {
				String token = Files.readString(this.tokenFile, StandardCharsets.UTF_8).strip();
				if (token.isEmpty()) {
					throw usage("--token-file " + this.tokenFile + " is empty; put the admin token in it");
				}
				return token;
			}
			catch (IOException ex) {
				throw usage("--token-file " + this.tokenFile + " cannot be read: " + ex.getMessage());
			}
		}
		String token = System.getenv(TOKEN_ENV);
		if (token == null || token.isBlank()) {
			throw usage("no admin token: set " + TOKEN_ENV + " or give --token-file FILE "
					+ "(there is no --token option, so the token stays out of shell history)");
		}
		return token.strip();
	}

	private CommandLine.ParameterException usage(String message) {
		return new CommandLine.ParameterException(this.spec.commandLine(), message);
	}

}
