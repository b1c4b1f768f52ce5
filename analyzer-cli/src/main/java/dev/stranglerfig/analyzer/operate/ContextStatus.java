package dev.stranglerfig.analyzer.operate;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One context as {@code strangler plan status} shows it, from the proxy (plan, traffic, audit) and the bridge.
 *
 * @param plan its {@code GET /admin/plans} entry
 * @param traffic its {@code GET /admin/traffic} entry, {@code null} when the proxy has none
 * @param bridge its stream, {@code null} when the bridge runs none or could not be asked
 * @param bridgeProblem why there is no stream ("unreachable", "not synced"), {@code null} when there is one
 * @param audit its latest audit entries, newest first
 */
record ContextStatus(JsonNode plan, JsonNode traffic, JsonNode bridge, String bridgeProblem, List<JsonNode> audit) {

	String context() {
		return this.plan.get("context").asString();
	}

	ObjectNode toJson() {
		ObjectNode node = JsonHttp.JSON.createObjectNode();
		node.put("context", context());
		node.put("phase", this.plan.get("livePhase").asString());
		node.put("canaryPercent", this.plan.get("canaryPercent").asInt());
		node.put("filePhase", this.plan.get("filePhase").asString());
		node.put("version", this.plan.get("version").asLong());
		node.set("traffic", this.traffic);
		if (this.bridge != null) {
			node.set("bridge", this.bridge);
		}
		else {
			node.putObject("bridge").put("problem", this.bridgeProblem);
		}
		node.putArray("audit").addAll(this.audit);
		return node;
	}

}
