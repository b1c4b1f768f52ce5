package dev.stranglerfig.plans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSchemaTests {

	private static JsonSchema schema;

	@BeforeAll
	static void readSchema() throws IOException {
		schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(Files.readString(Path.of("plan.schema.json")));
	}

	@Test
	void everyShippedPlanMatchesTheSchema() throws IOException {
		List<Path> files;
		try (Stream<Path> entries = Files.list(Path.of("plans"))) {
			files = entries.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
		}

		assertThat(files).isNotEmpty();
		for (Path file : files) {
			assertThat(validate(Files.readString(file))).as(file.toString()).isEmpty();
		}
	}

	@Test
	void rejectsWhatTheLoaderRejects() {
		String plan = """
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints: [FETCH /api/users]
				phase: live
				canary: { percent: 150, cohort: "ip:X" }
				owner: team-a
				""";

		assertThat(validate(plan)).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void rejectsABlankServiceNameAndAnEmptyCohortSourceAsTheLoaderDoes() {
		String plan = """
				context: users
				service: { name: NAME, url: http://localhost:8101 }
				endpoints: [GET /api/users]
				phase: legacy
				canary: { cohort: COHORT }
				""";

		assertThat(validate(plan.replace("NAME", "users-service").replace("COHORT", "\"header:X-User-Id | cookie:SESSION\"")))
			.isEmpty();
		assertThat(validate(plan.replace("NAME", "\" \"").replace("COHORT", "\"header:X-User-Id\""))).hasSize(1);
		assertThat(validate(plan.replace("NAME", "users-service").replace("COHORT", "\"header:X-User-Id|\""))).hasSize(1);
	}

	@Test
	void takesAGuardWindowOfOneSecondToOneHourInWholeSeconds() {
		String plan = """
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints: [GET /api/users]
				phase: legacy
				guards: { window: WINDOW }
				""";

		for (String window : List.of("1s", "60s", "3600s", "2m", "60m", "1h", "1000ms", "3600000ms")) {
			assertThat(validate(plan.replace("WINDOW", window))).as(window).isEmpty();
		}
		for (String window : List.of("0s", "0ms", "500ms", "1500ms", "3601s", "61m", "2h", "24h", "999999999h")) {
			assertThat(validate(plan.replace("WINDOW", window))).as(window).isNotEmpty();
		}
	}

	private static Set<ValidationMessage> validate(String yaml) {
		return schema.validate(yaml, InputFormat.YAML);
	}

}
