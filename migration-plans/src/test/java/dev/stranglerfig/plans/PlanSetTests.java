package dev.stranglerfig.plans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanSetTests {

	@TempDir
	Path plans;

	@Test
	void rejectsEndpointsThatTwoPlansCouldBothServe() throws IOException {
		write("users.yaml", plan("users", "GET /api/users/{id}", "PUT /api/users/{id}"));
		write("profiles.yaml", plan("profiles", "GET /api/profiles", "GET /api/users/me", "PUT /api/users/{id}/avatar"));

		assertThat(problems()).containsExactly(
				"users.yaml:4: GET /api/users/{id} overlaps GET /api/users/me of profiles.yaml:5; a request may belong to "
						+ "one plan only, so remove it from one of them");
	}

	@Test
	void reportsEveryOverlappingPairOnceWhicheverSideHasTheVariable() throws IOException {
		write("a.yaml", plan("a", "GET /api/{kind}/items", "GET /api/orders/{id}"));
		write("b.yaml", plan("b", "GET /api/users/items", "GET /api/{kind}/{id}", "GET /api/users"));
		write("c.yaml", plan("c", "GET /api/users/{id}", "POST /api/users/{id}"));

		String fix = "; a request may belong to one plan only, so remove it from one of them";
		assertThat(problems()).containsExactly(
				"b.yaml:4: GET /api/users/items overlaps GET /api/{kind}/items of a.yaml:4" + fix,
				"b.yaml:5: GET /api/{kind}/{id} overlaps GET /api/{kind}/items of a.yaml:4" + fix,
				"b.yaml:5: GET /api/{kind}/{id} overlaps GET /api/orders/{id} of a.yaml:5" + fix,
				"c.yaml:4: GET /api/users/{id} overlaps GET /api/{kind}/items of a.yaml:4" + fix,
				"c.yaml:4: GET /api/users/{id} overlaps GET /api/users/items of b.yaml:4" + fix,
				"c.yaml:4: GET /api/users/{id} overlaps GET /api/{kind}/{id} of b.yaml:5" + fix);
	}

	@Test
	void keepsApartPatternsOfOtherMethodsOrLengths() throws IOException, InvalidPlanException {
		write("users.yaml", plan("users", "GET /api/users/{id}", "GET /api/users/{id}/orders"));
		write("orders.yaml", plan("orders", "POST /api/users/{id}", "GET /api/users/{userId}/orders/{orderId}"));

		assertThat(PlanLoader.loadDirectory(this.plans).plans()).extracting(Plan::context).containsExactly("orders", "users");
	}

	@Test
	void rejectsATableThatTwoPlansMap() throws IOException {
		write("users.yaml", plan("users", "GET /api/users") + table("public.app_user", "users.user_account"));
		write("accounts.yaml", plan("accounts", "GET /api/accounts") + table("public.account", "users.user_account")
				+ table("public.app_user", "accounts.account").replace("data:\n  tables:\n", ""));

		assertThat(problems()).containsExactly(
				"users.yaml:8: data.tables[0].legacy: public.app_user is also mapped in accounts.yaml:12; a table may belong "
						+ "to one plan only, so remove it from one of them",
				"users.yaml:9: data.tables[0].service: users.user_account is also mapped in accounts.yaml:9; a table may "
						+ "belong to one plan only, so remove it from one of them");
	}

	@Test
	void rejectsTheSameContextTwice() throws IOException {
		write("users.yaml", plan("users", "GET /api/users"));
		write("accounts.yaml", plan("users", "GET /api/accounts"));

		assertThat(problems()).containsExactly(
				"accounts.yaml:1: context is 'users' but the file is accounts.yaml; set context: accounts or rename the file "
						+ "to users.yaml",
				"users.yaml:1: context 'users' is already planned in accounts.yaml:1; one file per context, so merge the two");
	}

	@Test
	void reportsTheProblemsOfEveryFile() throws IOException {
		write("users.yaml", plan("users", "GET /api/users").replace("phase: legacy", "phase: done"));
		write("catalog.yaml", plan("catalog", "GET /api/products").replace("http://localhost:8101", "nowhere"));

		assertThat(problems()).hasSize(2).anyMatch(p -> p.startsWith("users.yaml:")).anyMatch(p -> p.startsWith("catalog.yaml:"));
	}

	@Test
	void checksOnePlansTextAgainstTheOtherFilesInPlaceOfItsOwn() throws IOException, InvalidPlanException {
		write("users.yaml", plan("users", "GET /api/users/{id}"));
		write("profiles.yaml", plan("profiles", "GET /api/profiles") + table("public.app_user", "profiles.profile"));

		InvalidPlanException overlapping = catchThrowableOfType(InvalidPlanException.class,
				() -> PlanLoader.parseAmong(this.plans, "request body",
						plan("profiles", "GET /api/users/me") + table("public.profile", "profiles.profile")));
		Plan replacingItsOwn = PlanLoader.parseAmong(this.plans, "request body",
				plan("users", "GET /api/users/{id}", "GET /api/users"));

		assertThat(overlapping.problems()).extracting(PlanProblem::toString).containsExactly(
				"request body:4: GET /api/users/me overlaps GET /api/users/{id} of users.yaml:4; a request may belong to "
						+ "one plan only, so remove it from one of them");
		assertThat(replacingItsOwn.endpoints()).extracting(Endpoint::id).containsExactly("GET /api/users/{id}",
				"GET /api/users");
	}

	@Test
	void rejectsAPlanFileNamedYml() throws IOException {
		write("users.yaml", plan("users", "GET /api/users"));
		write("catalog.yml", plan("catalog", "GET /api/products"));

		assertThat(problems()).containsExactly(
				"catalog.yml: is not loaded: plan files are named <context>.yaml; rename it to catalog.yaml");
	}

	@Test
	void rejectsADirectoryWithoutPlans() throws IOException {
		write("notes.txt", "plans go here");

		assertThat(problems()).containsExactly(
				this.plans + ": holds no *.yaml plan files; add one per bounded context, e.g. users.yaml");
	}

	@Test
	void rejectsAMissingDirectory() {
		this.plans = this.plans.resolve("absent");

		assertThat(problems()).containsExactly(this.plans
				+ ": is not a directory; point at the directory holding the plan files (one <context>.yaml each)");
	}

	private static String plan(String context, String... endpoints) {
		return "context: " + context + "\nservice: { name: " + context + "-service, url: http://localhost:8101 }\n"
				+ "endpoints:\n" + String.join("", List.of(endpoints).stream().map(e -> "  - " + e + "\n").toList())
				+ "phase: legacy\n";
	}

	private static String table(String legacy, String service) {
		return "data:\n  tables:\n    - legacy: " + legacy + "\n      service: " + service + "\n      key: [id]\n"
				+ "      columns: { id: id }\n";
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.plans.resolve(name), content);
	}

	private List<String> problems() {
		InvalidPlanException ex = catchThrowableOfType(InvalidPlanException.class, () -> PlanLoader.loadDirectory(this.plans));
		assertThat(ex).as("the plans should be rejected").isNotNull();
		return ex.problems().stream().map(PlanProblem::toString).toList();
	}

}
