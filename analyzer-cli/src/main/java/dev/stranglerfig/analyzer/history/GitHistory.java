package dev.stranglerfig.analyzer.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files changed together in a directory's recent commits, read with {@code git log --name-only} run as a
 * process (the git a developer already has; no library to keep in step with the repository format). Merge
 * commits are left out: they repeat their branches' changes.
 */
public final class GitHistory {

	private static final long TIMEOUT_SECONDS = 60;

	// Starts each commit in the log output (--format=%x1e prints it): a byte git never prints in a path.
	private static final String COMMIT_MARK = "\u001e";

	private GitHistory() {
	}

	/**
	 * The .java files of each of the last {@code maxCommits} commits touching {@code dir}, as absolute paths.
	 *
	 * @throws GitHistoryException when git is missing, fails or {@code dir} is not in a git work tree
	 */
	public static List<Set<Path>> commits(Path dir, int maxCommits) {
		Path top = Path.of(run(dir, "rev-parse", "--show-toplevel").strip());
		String log = run(dir, "log", "--no-merges", "--name-only", "--format=%x1e", "-n", String.valueOf(maxCommits),
				"--", ".");
		List<Set<Path>> commits = new ArrayList<>();
		for (String commit : log.split(COMMIT_MARK)) {
			Set<Path> files = new LinkedHashSet<>();
			commit.lines().filter(line -> line.endsWith(".java")).forEach(line -> files.add(top.resolve(line).normalize()));
			if (!files.isEmpty()) {
				commits.add(files);
			}
		}
		return commits;
	}

	private static String run(Path dir, String... arguments) {
		List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			// Read before waiting: a long log would fill the pipe and block git.
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new GitHistoryException("git " + arguments[0] + " in " + dir + " took over " + TIMEOUT_SECONDS + " s");
			}
			if (process.exitValue() != 0) {
				throw new GitHistoryException("git " + arguments[0] + " in " + dir + " failed: "
						+ output.lines().findFirst().orElse("exit code " + process.exitValue()));
			}
			return output;
		}
		catch (IOException ex) {
			throw new GitHistoryException("cannot run git (" + ex.getMessage() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GitHistoryException("interrupted while running git");
		}
	}

}
