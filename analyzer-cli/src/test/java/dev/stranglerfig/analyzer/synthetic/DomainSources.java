package dev.stranglerfig.analyzer.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The source files of one synthetic domain. Aggregate 0 is the root: every other entity has a
 * {@code @ManyToOne} to it and every other service calls its service. Each service also calls the next aggregate's
 * service, and about every other one calls the root service of another domain; half the services, picked at
 * random, make their writes {@code @Transactional}.
 */
final class DomainSources {

	/** The lines one aggregate's five files add up to, about. */
	static final int LINES_PER_AGGREGATE = 190;

	private final String domain;

	private final String type;

	private final int aggregates;

	private final List<String> calledDomains;

	private final Random random;

	DomainSources(String domain, int aggregates, List<String> calledDomains, Random random) {
		this.domain = domain;
		this.type = Character.toUpperCase(domain.charAt(0)) + domain.substring(1);
		this.aggregates = aggregates;
		this.calledDomains = calledDomains;
		this.random = random;
	}

	/** Writes the domain's files below the source root; returns their lines. */
	long write(Path sourceRoot) throws IOException {
		Path dir = sourceRoot.resolve((SyntheticMonolith.BASE_PACKAGE + "." + this.domain).replace('.', '/'));
		Files.createDirectories(dir);
		long lines = 0;
		for (int i = 0; i < this.aggregates; i++) {
			lines += file(dir, "Item" + i, entity(i));
			lines += file(dir, "Item" + i + "Repository", repository(i));
			lines += file(dir, "Item" + i + "Service", service(i));
			lines += file(dir, "Item" + i + "Controller", controller(i));
			lines += file(dir, "Item" + i + "Dto", dto(i));
		}
		return lines;
	}

	private long file(Path dir, String suffix, String text) throws IOException {
		String source = "package " + SyntheticMonolith.BASE_PACKAGE + "." + this.domain + ";\n\n" + text;
		Files.writeString(dir.resolve(this.type + suffix + ".java"), source);
		return source.lines().count();
	}

	private String fill(String template, int i) {
		return template.replace("$T", this.type + "Item" + i).replace("$R", this.type + "Item0")
			.replace("$N", this.type + "Item" + ((i + 1) % this.aggregates)).replace("$t", this.domain + "_item_" + i)
			.replace("$p", "/api/" + this.domain + "/items" + i);
	}

	private String entity(int i) {
		String root = (i == 0) ? "" : """

					@ManyToOne(fetch = FetchType.LAZY)
					private $R root;

					public $R getRoot() {
						return this.root;
					}

					public void setRoot($R root) {
						this.root = root;
					}
				""";
		return fill("""
				import java.math.BigDecimal;
				import java.time.Instant;

				import jakarta.persistence.*;

				@Entity
				@Table(name = "$t")
				public class $T {

					@Id
					@GeneratedValue(strategy = GenerationType.IDENTITY)
					private Long id;

					private String name;

					private BigDecimal amount = BigDecimal.ZERO;

					private String status = "NEW";

					private Instant updatedAt = Instant.now();
				""" + root + """

					public Long getId() {
						return this.id;
					}

					public String getName() {
						return this.name;
					}

					public void setName(String name) {
						this.name = name;
					}

					public BigDecimal getAmount() {
						return this.amount;
					}

					public String getStatus() {
						return this.status;
					}

					public void apply(BigDecimal delta, String status) {
						if (delta.signum() < 0 && this.amount.add(delta).signum() < 0) {
							throw new IllegalStateException("amount of " + this.id + " would go below zero");
						}
						this.amount = this.amount.add(delta);
						this.status = status;
						this.updatedAt = Instant.now();
					}

				}
				""", i);
	}

	private String repository(int i) {
		return fill("""
				import java.util.List;

				import org.springframework.data.jpa.repository.JpaRepository;
				import org.springframework.data.jpa.repository.Query;

				public interface $TRepository extends JpaRepository<$T, Long> {

					List<$T> findByName(String name);

					@Query(value = "SELECT * FROM $t WHERE status = ?1 ORDER BY id", nativeQuery = true)
					List<$T> findByStatusNative(String status);

				}
				""", i);
	}

	private String service(int i) {
		boolean root = i == 0;
		String other = (i % 2 == 1) ? this.calledDomains.get(this.random.nextInt(this.calledDomains.size())) : null;
		String otherType = (other == null) ? null : Character.toUpperCase(other.charAt(0)) + other.substring(1) + "Item0Service";
		StringBuilder fields = new StringBuilder("\tprivate final $TRepository items;\n");
		StringBuilder parameters = new StringBuilder("$TRepository items");
		StringBuilder assignments = new StringBuilder("\t\tthis.items = items;\n");
		StringBuilder imports = new StringBuilder();
		if (!root) {
			fields.append("\n\tprivate final $RService root;\n");
			parameters.append(", $RService root");
			assignments.append("\t\tthis.root = root;\n");
		}
		if (!root && i + 1 < this.aggregates) {
			fields.append("\n\tprivate final $NService next;\n");
			parameters.append(", $NService next");
			assignments.append("\t\tthis.next = next;\n");
		}
		if (otherType != null) {
			imports.append("import " + SyntheticMonolith.BASE_PACKAGE + "." + other + "." + otherType + ";\n");
			fields.append("\n\tprivate final " + otherType + " partner;\n");
			parameters.append(", " + otherType + " partner");
			assignments.append("\t\tthis.partner = partner;\n");
		}
		String rootCall = (root ? "" : "\t\tthis.root.touch(id);\n") + ((!root && i + 1 < this.aggregates) ? "\t\tthis.next.touch(id);\n" : "");
		String partnerCall = (otherType == null) ? "" : "\t\tString partnerSummary = this.partner.summary(id);\n"
				+ "\t\tif (partnerSummary.isEmpty()) {\n\t\t\tthrow new IllegalStateException(\"no partner for \" + id);\n\t\t}\n";
		String transactional = this.random.nextBoolean() ? "\t@Transactional\n" : "";
		return fill("""
				import java.math.BigDecimal;
				import java.util.List;

				""" + imports + """
				import org.springframework.stereotype.Service;
				import org.springframework.transaction.annotation.Transactional;

				@Service
				public class $TService {

				""" + fields + "\n\tpublic $TService(" + parameters + ") {\n" + assignments + """
					}

					public $TDto find(Long id) {
						$T item = this.items.findById(id).orElseThrow();
						return $TDto.from(item);
					}

					public List<$TDto> byStatus(String status) {
						return this.items.findByStatusNative(status).stream().map($TDto::from).toList();
					}

					public $TDto create(String name) {
						$T item = new $T();
						item.setName(name);
						return $TDto.from(this.items.save(item));
					}

					public String summary(Long id) {
						$T item = this.items.findById(id).orElseThrow();
						return item.getName() + ": " + item.getStatus() + " " + item.getAmount();
					}

					public void touch(Long id) {
						this.items.findById(id).ifPresent(item -> item.apply(BigDecimal.ZERO, item.getStatus()));
					}

				""" + transactional + """
					public $TDto adjust(Long id, BigDecimal delta) {
				""" + rootCall + partnerCall + """
						$T item = this.items.findById(id).orElseThrow();
						String status = delta.signum() >= 0 ? "CREDITED" : "DEBITED";
						item.apply(delta, status);
						for ($T same : this.items.findByName(item.getName())) {
							if (!same.getId().equals(id)) {
								same.apply(BigDecimal.ZERO, "SEEN");
							}
						}
						return $TDto.from(this.items.save(item));
					}

				}
				""", i);
	}

	private String controller(int i) {
		return fill("""
				import java.math.BigDecimal;
				import java.util.List;

				import org.springframework.web.bind.annotation.*;

				@RestController
				@RequestMapping("$p")
				class $TController {

					private final $TService service;

					$TController($TService service) {
						this.service = service;
					}

					@GetMapping("/{id}")
					$TDto get(@PathVariable Long id) {
						return this.service.find(id);
					}

					@GetMapping
					List<$TDto> byStatus(@RequestParam String status) {
						return this.service.byStatus(status);
					}

					@PostMapping
					$TDto create(@RequestParam String name) {
						return this.service.create(name);
					}

					@PostMapping("/{id}/adjustments")
					$TDto adjust(@PathVariable Long id, @RequestParam BigDecimal delta) {
						return this.service.adjust(id, delta);
					}

				}
				""", i);
	}

	private String dto(int i) {
		return fill("""
				import java.math.BigDecimal;

				public record $TDto(Long id, String name, BigDecimal amount, String status) {

					static $TDto from($T item) {
						return new $TDto(item.getId(), item.getName(), item.getAmount(), item.getStatus());
					}

				}
				""", i);
	}

}
