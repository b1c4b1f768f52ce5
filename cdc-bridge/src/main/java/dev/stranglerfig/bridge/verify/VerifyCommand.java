package dev.stranglerfig.bridge.verify;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.stranglerfig.bridge.BridgeApplication;
import dev.stranglerfig.bridge.BridgeProperties;

/**
 * {@code cdc-bridge verify <context> [--bridge.*=...]}: reads the same configuration as the bridge (application
 * properties, environment, {@code --bridge.*} arguments), without starting any stream or web server, prints the
 * report and returns the exit code.
 */
public final class VerifyCommand {

	/** Both sides hold the same rows. */
	public static final int EQUAL = 0;

	/** At least one table differs; the report says where. */
	public static final int DIFFERENT = 1;

	/** Nothing was compared: wrong usage, invalid configuration or plan, or a database out of reach. */
	public static final int NOT_VERIFIED = 2;

	public static final String NAME = "verify";

	private VerifyCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> contexts = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).skip(1).toList();
		if (contexts.size() != 1) {
			err.println("usage: cdc-bridge verify <context> [--bridge.<property>=<value> ...]");
			err.println("exit codes: 0 equal, 1 different, 2 not verified");
			return NOT_VERIFIED;
		}
		String context = contexts.get(0);
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(BridgeApplication.class).profiles(BridgeApplication.COMMAND_PROFILE)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			VerifyReport report = new ContextVerifier(application.getBean(BridgeProperties.class)).verify(context);
			out.print(report.render());
			return report.equal() ? EQUAL : DIFFERENT;
		}
		catch (SQLException ex) {
			err.println("verify " + context + ": not verified, a database refused: " + ex.getMessage());
			return NOT_VERIFIED;
		}
		catch (RuntimeException ex) {
			err.println("verify " + context + ": not verified: " + rootMessage(ex));
			return NOT_VERIFIED;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause == ex) ? String.valueOf(ex.getMessage()) : ex.getMessage() + " (" + cause.getMessage() + ")";
	}

}
