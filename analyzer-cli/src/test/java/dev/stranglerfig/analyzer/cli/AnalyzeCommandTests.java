package dev.stranglerfig.analyzer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strangler analyze} on a tiny two-domain project written for each test. */
class AnalyzeCommandTests {

	@TempDir
	Path project;

	@TempDir
	Path out;

	private Path sources;

	@BeforeEach
	void writeProject() throws IOException {
		this.sources = this.project.resolve("src/main/java/shop");
		write("orders/Order.java", """
				package shop.orders;
				import jakarta.persistence.Entity;
				import jakarta.persistence.Id;
				@Entity
				public class Order { @Id Long id; String status; }
				""");
		write("orders/OrderRepository.java", """
				package shop.orders;
				import org.springframework.data.jpa.repository.JpaRepository;
				interface OrderRepository extends JpaRepository<Order, Long> { }
				""");
		write("orders/OrderController.java", """
				package shop.orders;
				import org.springframework.web.bind.annotation.*;
				import shop.users.UserService;
				@RestController
				@RequestMapping("/api/orders")
				class OrderController {
					private final OrderRepository orders;
					private final UserService users;
					OrderController(OrderRepository orders, UserService users) { this.orders = orders; this.users = users; }
					@GetMapping("/{id}") Order get(@PathVariable Long id) { users.touch(id); return orders.findById(id).orElseThrow(); }
					@PostMapping Order place(@RequestBody Order order) { return orders.save(order); }
				}
				""");
		write("users/User.java", """
				package shop.users;
				import jakarta.persistence.*;
				@Entity @Table(name = "app_user")
				public class User { @Id Long id; @Column(name = "full_name") String fullName; }
				""");
		write("users/UserRepository.java", """
				package shop.users;
				import org.springframework.data.jpa.repository.JpaRepository;
				interface UserRepository extends JpaRepository<User, Long> { }
				""");
		write("users/UserService.java", """
				package shop.users;
				import org.springframework.stereotype.Service;
				@Service
				public class UserService {
					private final UserRepository users;
					UserService(UserRepository users) { this.users = users; }
					public void touch(Long id) { users.findById(id); }
				}
				""");
		write("users/UserController.java", """
				package shop.users;
				import org.springframework.web.bind.annotation.*;
				@RestController
				class UserController {
					private final UserRepository users;
					UserController(UserRepository users) { this.users = users; }
					@GetMapping("/api/users/{id}") User get(@PathVariable Long id) { return users.findById(id).orElseThrow(); }
				}
				""");
	}

	private void write(String file, String text) throws IOException {
		Path path = this.sources.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text);
	}

	private Run analyze(String... options) {
		String[] args = new String[options.length + 4];
		args[0] = "analyze";
		args[1] = this.project.toString();
		args[2] = "--out";
		args[3] = this.out.toString();
		System.arraycopy(options, 0, args, 4, options.length);
		return Run.of(args);
	}

	@Test
	void findsBothDomainsAndWritesTheReportsAndPlans() {
		Run run = analyze("--contexts", "2");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(run.out()).contains("2 contexts").contains("orders, users");
		assertThat(this.out.resolve("report.md")).exists();
		assertThat(this.out.resolve("analysis.json")).exists();
		assertThat(this.out.resolve("orders.yaml")).content().contains("  - GET /api/orders/{id}", "  - POST /api/orders",
				"legacy: public.order", "phase: legacy");
		assertThat(this.out.resolve("users.yaml")).content().contains("full_name: full_name", "key: [id]");
		assertThat(this.out.resolve("report.md")).content().contains("| orders (OrderController) | users | `UserService#touch` | EVENT | 1 |");
	}

	@Test
	void endpointsThePlanFormatCannotHoldOrAnotherContextClaimsAreLeftOutWithANote() throws IOException {
		write("users/UserController.java", """
				package shop.users;
				import org.springframework.web.bind.annotation.*;
				@RestController
				class UserController {
					private final UserRepository users;
					UserController(UserRepository users) { this.users = users; }
					@GetMapping("/") String home() { return "ok"; }
					@GetMapping("/api/users/{id}") User get(@PathVariable Long id) { return users.findById(id).orElseThrow(); }
					@PutMapping("/api/users/{id}") User put(@PathVariable Long id, @RequestBody User user) { return users.save(user); }
				}
				""");
		write("orders/OrderStatsController.java", """
				package shop.orders;
				import org.springframework.web.bind.annotation.*;
				@RestController
				class OrderStatsController {
					private final OrderRepository orders;
					OrderStatsController(OrderRepository orders) { this.orders = orders; }
					@GetMapping("/api/users/stats") long buyers() { return orders.count(); }
				}
				""");
		Run run = analyze("--contexts", "2");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(run.out()).contains("orders, users");
		assertThat(this.out.resolve("orders.yaml")).content().contains("  - GET /api/users/stats");
		assertThat(this.out.resolve("users.yaml")).content()
			.contains("  - PUT /api/users/{id}")
			.doesNotContain("  - GET /api/users/{id}", "  - GET /\n")
			.contains("# GET / left out: the plan format refuses it (path '/' must start with / and name at least one segment")
			.contains("# GET /api/users/{id} left out: it overlaps GET /api/users/stats of context orders");
		assertThat(this.out.resolve("report.md")).content().contains("GET /api/users/{id} left out");
	}

	@Test
	void draftsMapJoinTablesSchemasAndSingleTableSubclassesAsTheDatabaseHasThem() throws IOException {
		write("users/User.java", """
				package shop.users;
				import java.util.Set;
				import jakarta.persistence.*;
				@Entity @Table(name = "app_user")
				public class User {
					@Id Long id;
					@Column(name = "full_name") String fullName;
					@ManyToMany @JoinTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"),
							inverseJoinColumns = @JoinColumn(name = "role_id")) Set<Role> roles;
					@ElementCollection @CollectionTable(name = "user_nickname") Set<String> nicknames;
				}
				""");
		write("users/Role.java", """
				package shop.users;
				import jakarta.persistence.*;
				@Entity public class Role { @Id Long id; String name; }
				""");
		write("orders/Order.java", """
				package shop.orders;
				import jakarta.persistence.*;
				@Entity
				public class Order { @Id Long id; String status; @OneToOne Payment payment; }
				""");
		write("orders/GiftOrder.java", """
				package shop.orders;
				import jakarta.persistence.*;
				@Entity
				public class GiftOrder extends Order { String giftMessage; }
				""");
		write("orders/Payment.java", """
				package shop.orders;
				import jakarta.persistence.*;
				@Entity @Table(name = "payment", schema = "billing")
				public class Payment { @Id Long id; @OneToOne(mappedBy = "payment") Order order; }
				""");
		Run run = analyze("--contexts", "2");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.resolve("users.yaml")).content()
			.contains("    - legacy: public.user_role\n      service: users.user_role\n      key: [user_id, role_id]\n")
			.contains("# table user_nickname left out: its key is unknown")
			.doesNotContain("nicknames");
		assertThat(this.out.resolve("orders.yaml")).content()
			.contains("    - legacy: billing.payment\n      service: orders.payment\n")
			.contains("    - legacy: public.order\n", "        gift_message: gift_message\n")
			.doesNotContain("public.payment", "gift_order");
		assertThat(this.out.resolve("analysis.json")).content()
			.contains("\"table\" : \"user_role\"", "\"table\" : \"user_nickname\"").doesNotContain("gift_order");
	}

	@Test
	void aReviewedPlanInOutStopsTheRunAndIsKept() throws IOException {
		String reviewed = "context: users\nservice: { name: users-service, url: http://localhost:8101 }\n";
		Files.writeString(this.out.resolve("users.yaml"), reviewed);
		Files.writeString(this.out.resolve("docker-compose.yaml"), "services: {}\n");
		Run run = analyze("--contexts", "2");
		assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.err()).contains("holds docker-compose.yaml, users.yaml, not written by strangler analyze", "--force");
		assertThat(this.out.resolve("users.yaml")).hasContent(reviewed);
		assertThat(this.out.resolve("docker-compose.yaml")).hasContent("services: {}");
		assertThat(this.out.resolve("report.md")).doesNotExist();
	}

	@Test
	void forceReplacesAPlanOfADraftsNameAndKeepsOtherFiles() throws IOException {
		Files.writeString(this.out.resolve("users.yaml"), "context: users\n");
		Files.writeString(this.out.resolve("docker-compose.yaml"), "services: {}\n");
		Run run = analyze("--contexts", "2", "--force");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.resolve("users.yaml")).content().startsWith("# Draft by strangler analyze").contains("GET /api/users/{id}");
		assertThat(this.out.resolve("docker-compose.yaml")).hasContent("services: {}");
	}

	@Test
	void draftsOfAnEarlierRunAreReplacedAndThoseOfGoneContextsRemoved() throws IOException {
		Files.writeString(this.out.resolve("billing.yaml"), "# Draft by strangler analyze: review ...\ncontext: billing\n");
		Run run = analyze("--contexts", "2");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.resolve("billing.yaml")).doesNotExist();
		assertThat(this.out.resolve("orders.yaml")).exists();
		try (var beside = Files.list(this.out.getParent())) {
			assertThat(beside.map(p -> p.getFileName().toString()))
				.noneMatch(name -> name.startsWith("." + this.out.getFileName() + "-staging-"));
		}
	}

	@Test
	void anUnparseableFileIsReportedAndSkippedWithThePartialExitCode() throws IOException {
		write("orders/Broken.java", "package shop.orders;\nclass Broken { void f( }\n");
		Run run = analyze();
		assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
		assertThat(run.err()).contains("skipped ").contains("Broken.java: does not parse: line 2");
		assertThat(run.out()).contains("partial result: 1 file(s) skipped");
		assertThat(this.out.resolve("report.md")).content().contains("**Partial result**", "Broken.java");
		assertThat(this.out.resolve("orders.yaml")).exists();
	}

	@Test
	void aFileThatIsNotUtf8OrTooLargeIsSkippedWithTheReason() throws IOException {
		Files.write(this.sources.resolve("users/Latin1.java"), "package shop.users; class Latin1 { String s = \"caf\u00e9\"; }"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		write("users/Huge.java", "package shop.users;\nclass Huge {\n" + "\t// padding\n".repeat(200) + "}\n");
		Run run = analyze("--max-file-size", "2000");
		assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
		assertThat(run.err()).contains("Latin1.java: not UTF-8").contains("Huge.java: larger than the limit");
	}

	@Test
	void pinningMovesClassesIntoTheNamedContext() {
		Run run = analyze("--pin", "shop.users.UserService=orders");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.resolve("analysis.json")).content().containsPattern(
				"\"name\" : \"orders\",\\s*\"classes\" : \\[[^]]*\"shop.users.UserService\"");
	}

	@Test
	void theSameSeedGivesTheSameContexts() throws IOException {
		analyze("--seed", "7");
		String first = Files.readString(this.out.resolve("report.md")).replaceAll("read in \\d+ ms", "");
		analyze("--seed", "7");
		assertThat(Files.readString(this.out.resolve("report.md")).replaceAll("read in \\d+ ms", "")).isEqualTo(first);
	}

	@Test
	void analysisJsonKeepsItsKeysInOneOrder() {
		Run run = analyze("--seed", "7");
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.resolve("analysis.json")).content()
			.containsPattern("\"options\" : \\{\\s*\"seed\" : 7,\\s*\"resolution\" : 1.0,\\s*\"gitCommits\" : 0\\s*}")
			.containsPattern("\"metrics\" : \\{\\s*\"suggestion\" : \\{[^}]*},\\s*\"packages\" : \\{[^}]*},\\s*\"mojoFmToPackages\"");
	}

	@Test
	void zeroThreadsIsAUsageError() {
		Run run = analyze("--threads", "0");
		assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.err()).contains("--threads is 0; give 1 or more").contains("Usage: strangler analyze")
			.doesNotContain("Exception");
	}

	@Test
	void aMissingDirectoryIsNoInput() {
		Run run = Run.of("analyze", this.project.resolve("nowhere").toString(), "--out", this.out.toString());
		assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
		assertThat(run.err()).contains("nowhere is not a directory");
	}

	@Test
	void aMalformedPinIsAUsageErrorWithTheSynopsis() {
		Run run = analyze("--pin", "shop.users.*");
		assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.err()).contains("is not glob=context").contains("Usage: strangler analyze").contains("See 'strangler --help'");
	}

	@Test
	void helpListsTheOptionsAndExitCodes() {
		Run run = Run.of("help", "analyze");
		assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(run.out()).contains("--contexts=K", "--pin=GLOB=CONTEXT", "--resolution", "--seed", "Exit codes:",
				"3   partial result");
	}

}
