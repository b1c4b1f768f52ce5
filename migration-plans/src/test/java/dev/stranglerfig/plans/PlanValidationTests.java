package dev.stranglerfig.plans;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanValidationTests {

	private static final String HEAD = """
			context: users
			service: { name: users-service, url: http://localhost:8101 }
			endpoints: [GET /api/users]
			phase: legacy
			""";

	@Test
	void rejectsUnknownKeysNamingTheAllowedOnes() {
		assertThat(problems(HEAD + "owner: team-a\ncanary: { percentage: 10 }\n")).containsExactly(
				"users.yaml:5: unknown key 'owner' at the top level; allowed: context, service, endpoints, phase, canary, "
						+ "shadow, guards, readYourWrites, data",
				"users.yaml:6: unknown key 'percentage' in canary; allowed: percent, cohort");
	}

	@Test
	void rejectsUnknownKeysInTableMappings() {
		assertThat(problems(HEAD + """
				data:
				  tables:
				    - legacy: public.app_user
				      service: users.user_account
				      key: [id]
				      columns: { id: id }
				      where: id > 0
				""")).containsExactly("users.yaml:11: unknown key 'where' in data.tables[0]; allowed: legacy, service, key, columns, onInsert");
	}

	@Test
	void rejectsMissingRequiredKeys() {
		assertThat(problems("shadow: { sample: 0.5 }\n")).containsExactly(
				"users.yaml: context is missing; add the bounded context's name, e.g. context: users",
				"users.yaml: service is missing; give the extracted service's name and url, "
						+ "e.g. service: { name: users-service, url: http://localhost:8101 }",
				"users.yaml: endpoints is missing; list the endpoints this context takes over, one per item, "
						+ "e.g. - GET /api/users/{id}",
				"users.yaml: phase is missing; use one of legacy, shadow, canary, reads, writes, retired");
	}

	@Test
	void rejectsAContextThatIsNotLowerCaseOrNotTheFileName() {
		assertThat(problems(HEAD.replace("context: users", "context: Users"))).containsExactly(
				"users.yaml:1: context is 'Users'; use lower-case letters, digits and dashes, starting with a letter, e.g. users",
				"users.yaml:1: context is 'Users' but the file is users.yaml; set context: users or rename the file to Users.yaml");
		assertThat(problems(HEAD.replace("context: users", "context: accounts"))).containsExactly(
				"users.yaml:1: context is 'accounts' but the file is users.yaml; set context: users or rename the file to "
						+ "accounts.yaml");
	}

	@Test
	void rejectsAServiceUrlThatIsNotAbsoluteHttp() {
		assertThat(problems(HEAD.replace("http://localhost:8101", "localhost:8101"))).containsExactly(
				"users.yaml:2: service.url is 'localhost:8101'; it must be an absolute http or https URL, e.g. http://localhost:8101");
		assertThat(problems(HEAD.replace("http://localhost:8101", "ftp://files.internal"))).hasSize(1);
	}

	@Test
	void rejectsMalformedEndpoints() {
		assertThat(problems("""
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints:
				  - GET /api/users
				  - /api/users/{id}
				  - FETCH /api/users/{id}
				  - get /api/users/{id}/status
				  - GET api/users
				  - GET /api/users/*
				  - GET /api/users//addresses
				  - GET /api/users/{id}?full=true
				  - { method: PUT, path: "/api/users/{id}", color: red }
				phase: legacy
				""")).containsExactly(
				"users.yaml:5: endpoints[1] is '/api/users/{id}'; write METHOD /path, e.g. GET /api/users/{id}",
				"users.yaml:6: endpoints[2]: method 'FETCH' is not one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS (upper case)",
				"users.yaml:7: endpoints[3]: method 'get' is not one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS (upper case)",
				"users.yaml:8: endpoints[4]: path 'api/users' must start with / and name at least one segment, e.g. /api/users/{id}",
				"users.yaml:9: endpoints[5]: path '/api/users/*' has the segment '*'; a segment is literal (letters, digits, . _ ~ -)"
						+ " or a variable like {id}, with no empty segments, wildcards or query strings",
				"users.yaml:10: endpoints[6]: path '/api/users//addresses' has the segment ''; a segment is literal (letters, "
						+ "digits, . _ ~ -) or a variable like {id}, with no empty segments, wildcards or query strings",
				"users.yaml:11: endpoints[7]: path '/api/users/{id}?full=true' has the segment '{id}?full=true'; a segment is "
						+ "literal (letters, digits, . _ ~ -) or a variable like {id}, with no empty segments, wildcards or query strings",
				"users.yaml:12: unknown key 'color' in an endpoint; allowed: method, path, phase");
	}

	@Test
	void rejectsTheSameEndpointTwiceWhateverItsVariablesAreCalled() {
		assertThat(problems("""
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints:
				  - GET /api/users/{id}
				  - PUT /api/users/{id}
				  - GET /api/users/{userId}
				phase: legacy
				""")).containsExactly(
				"users.yaml:6: endpoints[2]: GET /api/users/{userId} is listed twice (first at line 4); remove one");
	}

	@Test
	void rejectsAnUnknownPhaseListingTheValidOnes() {
		assertThat(problems(HEAD.replace("phase: legacy", "phase: live"))).containsExactly(
				"users.yaml:4: phase: 'live' is not a phase; use one of legacy, shadow, canary, reads, writes, retired");
		assertThat(problems(HEAD.replace("endpoints: [GET /api/users]",
				"endpoints: [{ method: GET, path: /api/users, phase: half }]"))).containsExactly(
				"users.yaml:3: endpoints[0].phase: 'half' is not a phase; use one of legacy, shadow, canary, reads, writes, retired");
	}

	@Test
	void rejectsWritesWhoseOwnPhaseSendsThemToTheSideThatDoesNotOwnTheData() {
		assertThat(problems("""
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints:
				  - GET /api/users
				  - { method: POST, path: /api/users, phase: writes }
				phase: reads
				""")).containsExactly("users.yaml:5: endpoints[1]: POST /api/users has phase writes; with the plan at reads "
						+ "legacy owns the data and the bridge copies it to the service, so writes the service takes would be "
						+ "lost; give it one of legacy, shadow, canary, reads, or remove its phase");
		assertThat(problems("""
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints:
				  - method: PUT
				    path: /api/users/{id}
				    phase: legacy
				phase: writes
				""")).containsExactly("users.yaml:6: endpoints[0]: PUT /api/users/{id} has phase legacy; with the plan at "
						+ "writes the service owns the data and the bridge copies it to legacy, so writes legacy takes would be "
						+ "lost; give it one of writes, retired, or remove its phase");
	}

	@Test
	void acceptsReadsOnEitherSideAndWritesOnTheOwningSide() throws InvalidPlanException {
		Plan plan = PlanLoader.parse("users.yaml", """
				context: users
				service: { name: users-service, url: http://localhost:8101 }
				endpoints:
				  - { method: GET, path: /api/users, phase: retired }
				  - { method: GET, path: "/api/users/{id}", phase: legacy }
				  - { method: POST, path: /api/users, phase: legacy }
				  - { method: PUT, path: "/api/users/{id}", phase: shadow }
				phase: reads
				""");

		assertThat(plan.endpoints()).extracting(Endpoint::phaseOverride)
			.containsExactly(Phase.RETIRED, Phase.LEGACY, Phase.LEGACY, Phase.SHADOW);
	}

	@Test
	void rejectsAPhaseNotInLowerCase() {
		assertThat(problems(HEAD.replace("phase: legacy", "phase: LEGACY"))).containsExactly(
				"users.yaml:4: phase: 'LEGACY' is not a phase; phases are lower case, write legacy");
		assertThat(problems(HEAD.replace("endpoints: [GET /api/users]",
				"endpoints: [{ method: GET, path: /api/users, phase: Canary }]"))).containsExactly(
				"users.yaml:3: endpoints[0].phase: 'Canary' is not a phase; phases are lower case, write canary");
	}

	@Test
	void rejectsAnEmptyServiceName() {
		assertThat(problems(HEAD.replace("name: users-service", "name: \"\""))).containsExactly(
				"users.yaml:2: service.name is empty; name the service, e.g. service: { name: users-service, "
						+ "url: http://localhost:8101 }");
	}

	@Test
	void rejectsAnEndpointWhoseMethodAndPathAreNotSeparatedByOneSpace() {
		assertThat(problems(HEAD.replace("endpoints: [GET /api/users]",
				"endpoints:\n  - \"GET\\t/api/users\"\n  - GET  /api/users/{id}"))).containsExactly(
				"users.yaml:4: endpoints[0] is 'GET\\t/api/users'; separate the method and the path by one space, "
						+ "e.g. GET /api/users/{id}",
				"users.yaml:5: endpoints[1] is 'GET  /api/users/{id}'; separate the method and the path by one space, "
						+ "e.g. GET /api/users/{id}");
	}

	@Test
	void rejectsAnEmptyCohortSource() {
		assertThat(problems(HEAD + "canary: { percent: 10, cohort: \"header:X-User-Id|\" }\n")).containsExactly(
				"users.yaml:5: canary.cohort is \"header:X-User-Id|\"; it has an empty source, so remove the '|' with "
						+ "nothing on one side");
	}

	@Test
	void rejectsACanaryPercentOutsideZeroToHundred() {
		assertThat(problems(HEAD + "\n\n\n\ncanary:\n  percent: 150\n")).containsExactly(
				"users.yaml:10: canary.percent is 150; it must be between 0 and 100");
		assertThat(problems(HEAD + "canary: { percent: 12.5 }\n")).containsExactly(
				"users.yaml:5: canary.percent is 12.5; it must be a whole number between 0 and 100");
	}

	@Test
	void rejectsUnknownCohortSources() {
		assertThat(problems(HEAD + "canary: { percent: 10, cohort: \"ip:X|header:X-User-Id|session\" }\n")).containsExactly(
				"users.yaml:5: canary.cohort source 'ip:X' is not header:NAME or cookie:NAME; the client address is always "
						+ "the last fallback, so it needs no entry",
				"users.yaml:5: canary.cohort source 'session' is not header:NAME or cookie:NAME; the client address is always "
						+ "the last fallback, so it needs no entry");
	}

	@Test
	void rejectsAShadowSampleOutsideZeroToOneAndIgnoreEntriesThatAreNeitherPathNorHeader() {
		assertThat(problems(HEAD + "shadow:\n  ignore: [updatedAt]\n  sample: 1.5\n")).containsExactly(
				"users.yaml:6: shadow.ignore[0] is 'updatedAt'; write a JSON path starting with $ (e.g. $.updatedAt) or header:NAME",
				"users.yaml:7: shadow.sample is 1.5; it must be between 0 and 1");
	}

	@Test
	void rejectsIgnoredPathsTheShadowComparisonCouldNotApply() {
		assertThat(problems(HEAD + "shadow:\n  ignore: [\"$.updatedAt\", \"$.content[\"]\n")).containsExactly(
				"users.yaml:6: shadow.ignore[1]: '$.content[' is not a supported JSON path; use forms like $.a.b, "
						+ "$.a[*].b, $.a[0].b, $.a.* or $..b");
	}

	@Test
	void rejectsNegativeGuardsAndUnparseableDurations() {
		assertThat(problems(HEAD + """
				guards:
				  maxErrorRateDelta: -0.01
				  maxP99LatencyRatio: -2
				  maxDiffRate: -1
				  window: 60
				  minRequests: -5
				  minErrors: 1.5
				""")).containsExactly(
				"users.yaml:6: guards.maxErrorRateDelta is -0.01; it must be 0 or more",
				"users.yaml:7: guards.maxP99LatencyRatio is -2; it must be 0 or more",
				"users.yaml:8: guards.maxDiffRate is -1; it must be 0 or more",
				"users.yaml:10: guards.minRequests is -5; it must be 0 or more",
				"users.yaml:11: guards.minErrors is 1.5; it must be a whole number 0 or more",
				"users.yaml:9: guards.window is 60; write a duration with a unit, e.g. 500ms, 60s, 2m or 1h");
		assertThat(problems(HEAD + "guards: { window: a minute }\n")).containsExactly(
				"users.yaml:5: guards.window is \"a minute\"; write a duration with a unit, e.g. 500ms, 60s, 2m or 1h");
		assertThat(problems(HEAD + "guards: { maxBridgeLag: 5 }\n")).containsExactly(
				"users.yaml:5: guards.maxBridgeLag is 5; write a duration with a unit, e.g. 500ms, 60s, 2m or 1h");
		assertThat(problems(HEAD + "readYourWrites: 2\n")).containsExactly(
				"users.yaml:5: readYourWrites is 2; write a duration with a unit, e.g. 500ms, 60s, 2m or 1h");
	}

	@Test
	void rejectsAGuardWindowOutsideOneSecondToOneHourOrNotInWholeSeconds() {
		String fix = "; it must be between 1s and 1h in whole seconds (the proxy keeps a bucket per second of it), e.g. 60s";
		assertThat(problems(HEAD + "guards: { window: 0ms }\n")).containsExactly("users.yaml:5: guards.window is 0ms" + fix);
		assertThat(problems(HEAD + "guards: { window: 500ms }\n")).containsExactly("users.yaml:5: guards.window is 500ms" + fix);
		assertThat(problems(HEAD + "guards: { window: 1500ms }\n")).containsExactly("users.yaml:5: guards.window is 1500ms" + fix);
		assertThat(problems(HEAD + "guards: { window: 61m }\n")).containsExactly("users.yaml:5: guards.window is 61m" + fix);
		assertThat(problems(HEAD + "guards: { window: 24h }\n")).containsExactly("users.yaml:5: guards.window is 24h" + fix);
		assertThat(problems(HEAD + "guards: { window: 999999999h }\n"))
			.containsExactly("users.yaml:5: guards.window is 999999999h" + fix);
	}

	@Test
	void rejectsTableMappingsWithoutLegacyServiceKeyOrWithAKeyColumnNotMapped() {
		assertThat(problems(HEAD + """
				data:
				  tables:
				    - service: users.user_account
				      columns: { id: id }
				    - legacy: public.user_role
				      service: users.account_role
				      key: [user_id, role_id]
				      columns: { user_id: user_account_id }
				""")).containsExactly(
				"users.yaml:7: data.tables[0].legacy is missing; name the table as schema.table, e.g. public.app_user",
				"users.yaml:7: data.tables[0].key is missing; list the legacy primary key columns, e.g. key: [id]",
				"users.yaml:11: data.tables[1].key names 'role_id', which columns does not map; add role_id: <service column> "
						+ "to columns");
	}

	@Test
	void rejectsTwoLegacyColumnsOntoOneServiceColumnAndAKeyColumnListedTwice() {
		assertThat(problems(HEAD + """
				data:
				  tables:
				    - legacy: public.app_user
				      service: users.user_account
				      key: [id, id]
				      columns:
				        id: id
				        email: email
				        full_name: email
				        price: { to: id, transform: minor-units }
				""")).containsExactly(
				"users.yaml:13: data.tables[0].columns: email and full_name both map to the service column 'email'; map each "
						+ "service column from one legacy column",
				"users.yaml:14: data.tables[0].columns: id and price both map to the service column 'id'; map each service "
						+ "column from one legacy column",
				"users.yaml:9: data.tables[0].key names 'id' twice; list each key column once");
	}

	@Test
	void rejectsATableMappedTwiceInOnePlan() {
		assertThat(problems(HEAD + """
				data:
				  tables:
				    - legacy: public.app_user
				      service: users.user_account
				      key: [id]
				      columns: { id: id, email: email }
				    - legacy: public.app_user
				      service: users.account_profile
				      key: [id]
				      columns: { id: id, full_name: display_name }
				    - legacy: public.user_profile
				      service: users.user_account
				      key: [id]
				      columns: { id: id }
				""")).containsExactly(
				"users.yaml:11: data.tables[1].legacy: public.app_user is mapped twice (first at line 7); one mapping per "
						+ "table, so merge the two",
				"users.yaml:16: data.tables[2].service: users.user_account is mapped twice (first at line 8); one mapping per "
						+ "table, so merge the two");
	}

	@Test
	void rejectsUnknownTransformsAndTransformsWithoutATargetColumn() {
		assertThat(problems(HEAD + """
				data:
				  tables:
				    - legacy: public.product
				      service: catalog.product
				      key: [id]
				      columns:
				        id: id
				        price: { to: price_minor, transform: cents }
				        currency: { transform: minor-units, round: true }
				""")).containsExactly(
				"users.yaml:12: data.tables[0].columns.price.transform is 'cents'; use one of minor-units",
				"users.yaml:13: unknown key 'round' in data.tables[0].columns.currency; allowed: to, transform",
				"users.yaml:13: data.tables[0].columns.currency.to is missing; name the service column");
	}

	@Test
	void rejectsInsertValuesForMappedColumnsOrThatAreNotScalars() {
		assertThat(problems(HEAD + """
				data:
				  tables:
				    - legacy: public.app_user
				      service: users.user_account
				      key: [id]
				      columns: { id: id, full_name: display_name }
				      onInsert:
				        legacy: { full_name: "Nobody", password_hash: [x], "Bad": 1 }
				        service: { display_name: "Nobody", locale: en }
				        both: {}
				""")).containsExactly(
				"users.yaml:14: unknown key 'both' in data.tables[0].onInsert; allowed: legacy, service",
				"users.yaml:12: data.tables[0].onInsert.legacy.full_name is mapped in columns, so the bridge always writes it; "
						+ "remove it from onInsert.legacy",
				"users.yaml:12: data.tables[0].onInsert.legacy.password_hash is [\"x\"]; give the value as a string, number or "
						+ "boolean, as the column's type reads it",
				"users.yaml:12: data.tables[0].onInsert.legacy: 'Bad' is not a column name; use lower-case letters, digits and "
						+ "underscores",
				"users.yaml:13: data.tables[0].onInsert.service.display_name is mapped in columns, so the bridge always writes it; "
						+ "remove it from onInsert.service");
	}

	@Test
	void reportsEveryProblemOfAFile() {
		assertThat(problems("""
				context: users
				service: { name: users-service, url: localhost }
				endpoints: [GET /api/users, GET /api/users]
				phase: done
				canary: { percent: 101, cohort: "ip:X" }
				shadow: { sample: -1 }
				guards: { window: soon }
				""")).hasSize(7);
	}

	@Test
	void reportsYamlSyntaxErrorsWithTheirLine() {
		List<String> problems = problems(HEAD + "canary: { percent: 10\nshadow: {}\n");

		assertThat(problems).hasSize(1);
		assertThat(problems.get(0)).startsWith("users.yaml:").contains("is not valid YAML").contains("; fix the syntax");
	}

	@Test
	void explainsThatPathsInFlowMappingsNeedQuotes() {
		assertThat(problems(HEAD.replace("endpoints: [GET /api/users]",
				"endpoints:\n  - { method: PUT, path: /api/users/{id} }"))).singleElement()
			.asString()
			.startsWith("users.yaml:4: is not valid YAML")
			.endsWith("quote values holding braces, e.g. path: \"/api/users/{id}\")");
	}

	@Test
	void namesDuplicateKeysAndStillReportsTheOtherProblems() {
		assertThat(problems(HEAD + """
				phase: shadow
				canary:
				  percent: 10
				  percent: 150
				""")).containsExactly("users.yaml:5: phase is given twice (first at line 4); remove one",
				"users.yaml:8: canary.percent is given twice (first at line 7); remove one",
				"users.yaml:7: canary.percent is 150; it must be between 0 and 100");
	}

	@Test
	void rejectsAnEmptyFile() {
		assertThat(problems("# nothing yet\n")).containsExactly(
				"users.yaml: is empty; a plan needs at least context, service, endpoints and phase");
	}

	private static List<String> problems(String yaml) {
		InvalidPlanException ex = catchThrowableOfType(InvalidPlanException.class, () -> PlanLoader.parse("users.yaml", yaml));
		assertThat(ex).as("the plan should be rejected").isNotNull();
		return ex.problems().stream().map(PlanProblem::toString).toList();
	}

}
