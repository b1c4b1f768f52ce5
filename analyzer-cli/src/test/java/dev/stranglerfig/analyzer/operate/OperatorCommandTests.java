package dev.stranglerfig.analyzer.operate;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.stranglerfig.analyzer.cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator commands' usage and failure paths that need no running proxy or bridge. */
class OperatorCommandTests {

	@TempDir
	Path temp;

	@Test
	void anUnreachableProxyIsNamedWithWhereToPointTheCommand() throws IOException {
		Path token = Files.writeString(this.temp.resolve("token"), "secret\n");
		String proxy = "http://127.0.0.1:" + freePort();

		Run status = Run.of("plan", "status", "--proxy-admin", proxy, "--token-file", token.toString());

		assertThat(status.exitCode()).isEqualTo(6);
		assertThat(status.err()).isEqualTo("strangler: cannot reach the proxy admin API at " + proxy
				+ " (GET /admin/plans: nothing answers there); is it running? Point --proxy-admin or STRANGLER_PROXY_ADMIN at it\n");
	}

	@Test
	void anUnreachableBridgeMeansVerifyCannotAnswer() {
		String bridge = "http://127.0.0.1:" + freePort();

		Run verify = Run.of("verify", "users", "--bridge", bridge);

		assertThat(verify.exitCode()).isEqualTo(6);
		assertThat(verify.err()).contains("cannot reach the bridge at " + bridge, "Point --bridge or STRANGLER_BRIDGE at it");
	}

	@Test
	void theTokenComesFromAFileOrTheEnvironmentNeverFromAnOption() throws IOException {
		Run option = Run.of("plan", "status", "--token", "secret");
		assertThat(option.exitCode()).isEqualTo(2);
		assertThat(option.err()).startsWith("Unknown option: '--token'");

		Path empty = Files.writeString(this.temp.resolve("empty"), "  \n");
		Run emptyFile = Run.of("plan", "revert", "users", "--reason", "r", "--token-file", empty.toString());
		assertThat(emptyFile.exitCode()).isEqualTo(2);
		assertThat(emptyFile.err()).startsWith("--token-file " + empty + " is empty; put the admin token in it")
			.contains("See 'strangler --help' or 'strangler plan help revert'.");
	}

	@Test
	void usageErrorsNameTheProblem() {
		Run phase = Run.of("plan", "advance", "users", "--to", "later", "--reason", "r");
		assertThat(phase.exitCode()).isEqualTo(2);
		assertThat(phase.err()).startsWith("--to later is not a phase; give one of legacy, shadow, canary, reads, writes, retired");

		Run reason = Run.of("plan", "advance", "users", "--to", "shadow");
		assertThat(reason.exitCode()).isEqualTo(2);
		assertThat(reason.err()).startsWith("Missing required option: '--reason=TEXT'");

		Run percent = Run.of("plan", "advance", "users", "--to", "canary", "--percent", "140", "--reason", "r");
		assertThat(percent.exitCode()).isEqualTo(2);
		assertThat(percent.err()).startsWith("--percent is 140; give 0 to 100");
	}

	@Test
	void validatesPlanFilesLocallyWhenNoProxyIsNamed() throws IOException {
		Path good = Files.writeString(this.temp.resolve("users.yaml"), """
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints: [GET /api/users]
				phase: legacy
				guards: { maxBridgeLag: 5s }
				""");
		Path bad = Files.writeString(this.temp.resolve("orders.yaml"), """
				context: orders
				service: { name: orders-service, url: http://localhost:8102 }
				endpoints: [GET /api/orders]
				phase: later
				""");

		Run valid = Run.of("plan", "validate", good.toString());
		assertThat(valid.exitCode()).isZero();
		assertThat(valid.out()).startsWith("1 plan file valid\n(local checks only;");

		Run invalid = Run.of("plan", "validate", this.temp.toString());
		assertThat(invalid.exitCode()).isEqualTo(5);
		assertThat(invalid.err()).contains(bad + ":4: phase: 'later' is not a phase").contains("1 problem in 2 plan files");
	}

	@Test
	void helpListsTheExitCodes() {
		Run help = Run.of("plan", "advance", "--help");

		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("--force", "--reason=TEXT", "--token-file=FILE", "--proxy-admin=URL", "--bridge=URL",
				"5   refused: a check failed", "6   the proxy admin API cannot be reached");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
