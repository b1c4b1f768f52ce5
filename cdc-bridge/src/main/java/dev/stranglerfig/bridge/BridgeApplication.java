package dev.stranglerfig.bridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import dev.stranglerfig.bridge.capture.SnapshotCommand;
import dev.stranglerfig.bridge.verify.VerifyCommand;

/**
 * {@code java -jar cdc-bridge.jar} runs the bridge for {@code bridge.contexts};
 * {@code java -jar cdc-bridge.jar verify <context>} compares both sides of one context and exits 0 when equal,
 * 1 when they differ, 2 when it could not compare (bad configuration or plan, unreachable database);
 * {@code java -jar cdc-bridge.jar snapshot <context> <table>...} asks the running bridge for an incremental snapshot.
 */
@SpringBootApplication
@EnableConfigurationProperties(BridgeProperties.class)
public class BridgeApplication {

	/** The profile of the commands: the configuration is read, but no stream, probe or web server starts. */
	public static final String COMMAND_PROFILE = "command";

	public static void main(String[] args) {
		if (args.length > 0 && VerifyCommand.NAME.equals(args[0])) {
			System.exit(VerifyCommand.run(args, System.out, System.err));
		}
		if (args.length > 0 && SnapshotCommand.NAME.equals(args[0])) {
			System.exit(SnapshotCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(BridgeApplication.class, args);
	}

}
