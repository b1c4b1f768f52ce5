package dev.stranglerfig.bridge.capture;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.stranglerfig.bridge.sync.TableRoute;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotOrderTests {

	@Test
	void referencedTablesComeFirstAndTheRestKeepsThePlansOrder() {
		List<TableRoute> plan = List.of(route("users.address"), route("users.account_role"), route("users.user_account"),
				route("users.note"));
		Map<String, Set<String>> references = Map.of("users.address", Set.of("users.user_account"), "users.account_role",
				Set.of("users.user_account", "users.role"));
		assertThat(SnapshotOrder.parentsFirst(plan, references)).extracting(TableRoute::targetTable)
			.containsExactly("users.user_account", "users.address", "users.account_role", "users.note");
	}

	@Test
	void aCycleKeepsThePlansOrder() {
		List<TableRoute> plan = List.of(route("s.a"), route("s.b"));
		assertThat(SnapshotOrder.parentsFirst(plan, Map.of("s.a", Set.of("s.b"), "s.b", Set.of("s.a"))))
			.extracting(TableRoute::targetTable)
			.containsExactly("s.a", "s.b");
	}

	private static TableRoute route(String target) {
		return new TableRoute("public." + target.substring(target.indexOf('.') + 1), target, List.of("id"), List.of("id"), Map.of(), Map.of());
	}

}
