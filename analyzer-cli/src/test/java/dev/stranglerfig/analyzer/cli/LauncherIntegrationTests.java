package dev.stranglerfig.analyzer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's {@code ./strangler} launcher, run as a user runs it, on the packaged jar: its first analyze run
 * writes the class-data-sharing archive, later runs start from it and print the same analysis.
 */
class LauncherIntegrationTests {

	private static final Path LAUNCHER = Path.of("../strangler").toAbsolutePath().normalize();

	private static final Path TARGET = Path.of("target");

	@TempDir
	Path out;

	@Test
	void theFirstAnalyzeWritesTheArchiveAndLaterRunsReuseIt() throws Exception {
		deleteArchives();

		Run first = run("analyze", "../legacy-monolith", "--out", this.out.toString());
		List<Path> archives = archives();
		Run second = run("analyze", "../legacy-monolith", "--out", this.out.toString());

		assertThat(first.exit()).as(first.output()).isZero();
		assertThat(first.firstLine()).startsWith("9 contexts from ");
		assertThat(archives).as("the archive of this JDK, next to the jar").singleElement()
			.satisfies(archive -> assertThat(Files.size(archive)).isPositive());
		FileTime written = Files.getLastModifiedTime(archives.get(0));
		assertThat(second.exit()).as(second.output()).isZero();
		assertThat(second.firstLine()).as("the same analysis").startsWith(first.firstLine().split(" in ")[0]);
		assertThat(archives()).as("reused, not written again").containsExactlyElementsOf(archives);
		assertThat(Files.getLastModifiedTime(archives.get(0))).isEqualTo(written);
	}

	@Test
	void otherCommandsRunWithoutWritingAnArchive() throws Exception {
		deleteArchives();

		Run help = run("--help");

		assertThat(help.exit()).isZero();
		assertThat(help.output()).contains("Usage: strangler");
		assertThat(archives()).isEmpty();
	}

	private record Run(int exit, String output) {

		String firstLine() {
			return this.output.lines().filter(line -> !line.startsWith("strangler: ")).findFirst().orElse("");
		}

	}

	private static Run run(String... args) throws IOException, InterruptedException {
		List<String> command = Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		// Read before waiting: a full pipe would block the process.
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
		return new Run(process.exitValue(), output);
	}

	private static List<Path> archives() throws IOException {
		try (Stream<Path> files = Files.list(TARGET)) {
			return files.filter(file -> file.getFileName().toString().matches("strangler-.+\\.jsa")).sorted().toList();
		}
	}

	private static void deleteArchives() throws IOException {
		for (Path archive : archives()) {
			Files.delete(archive);
		}
	}

}
