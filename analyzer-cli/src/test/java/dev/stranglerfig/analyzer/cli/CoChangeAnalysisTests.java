package dev.stranglerfig.analyzer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --git} on a repository created for each test: {@code shop.audit.AuditLog} has no code tie to anything,
 * but was changed together with the billing classes in three commits.
 */
class CoChangeAnalysisTests {

	@TempDir
	Path repository;

	@TempDir
	Path out;

	@BeforeEach
	void writeHistory() throws Exception {
		git("init", "-q");
		write("shop/orders/Order.java", "package shop.orders; public class Order { OrderLine line; void add() { line.touch(); } }");
		write("shop/orders/OrderLine.java", "package shop.orders; public class OrderLine { Order order; void touch() { } }");
		write("shop/billing/Invoice.java", "package shop.billing; public class Invoice { InvoiceLine line; void add() { line.touch(); } }");
		write("shop/billing/InvoiceLine.java", "package shop.billing; public class InvoiceLine { Invoice invoice; void touch() { } }");
		write("shop/audit/AuditLog.java", "package shop.audit; public class AuditLog { }");
		commit("initial");
		for (int i = 1; i <= 3; i++) {
			append("shop/billing/Invoice.java", "// change " + i);
			append("shop/billing/InvoiceLine.java", "// change " + i);
			append("shop/audit/AuditLog.java", "// change " + i);
			commit("billing change " + i);
		}
	}

	@Test
	void classesChangedTogetherEndUpTogetherWithGit() throws Exception {
		Run run = Run.of("analyze", this.repository.toString(), "--out", this.out.toString(), "--git");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(contextOf("shop.audit.AuditLog")).isEqualTo(contextOf("shop.billing.Invoice"));
		// The initial commit (all five classes) and the three billing changes.
		assertThat(Files.readString(this.out.resolve("report.md")))
			.contains("Co-change signal (`--git`, last 1000 commits): 4 commits tied classes together.");
	}

	@Test
	void withoutGitAClassWithNoCodeTiesStaysApart() throws Exception {
		Run run = Run.of("analyze", this.repository.toString(), "--out", this.out.toString());
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(contextOf("shop.audit.AuditLog")).isNotEqualTo(contextOf("shop.billing.Invoice"));
	}

	@Test
	void onlyTheLastCommitsAskedForAreRead() throws Exception {
		Run run = Run.of("analyze", this.repository.toString(), "--out", this.out.toString(), "--git=1");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(run.err()).contains("read 1 commits for the co-change signal");
	}

	@Test
	void aDirectoryOutsideAnyRepositoryIsAnalysedWithoutTheSignal(@TempDir Path plain) throws Exception {
		Files.createDirectories(plain.resolve("shop"));
		Files.writeString(plain.resolve("shop/A.java"), "package shop; class A { B b; }");
		Files.writeString(plain.resolve("shop/B.java"), "package shop; class B { A a; }");
		Run run = Run.of("analyze", plain.toString(), "--out", this.out.toString(), "--git");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(run.err()).contains("no co-change signal from " + plain);
	}

	private String contextOf(String className) throws IOException {
		JsonNode analysis = JsonMapper.builder().build().readTree(Files.readString(this.out.resolve("analysis.json")));
		for (JsonNode context : analysis.get("contexts")) {
			for (JsonNode name : context.get("classes")) {
				if (name.asString().equals(className)) {
					return context.get("name").asString();
				}
			}
		}
		throw new AssertionError(className + " is in no context");
	}

	private void write(String file, String text) throws IOException {
		Path path = this.repository.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text + "\n");
	}

	private void append(String file, String line) throws IOException {
		Path path = this.repository.resolve(file);
		Files.writeString(path, Files.readString(path) + line + "\n");
	}

	private void commit(String message) throws Exception {
		git("add", "-A");
		git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
	}

	private void git(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-C", this.repository.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
	}

}
