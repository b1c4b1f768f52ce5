package dev.stranglerfig.bridge.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import io.debezium.data.SchemaUtil;
import io.debezium.pipeline.source.spi.EventMetadataProvider;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridge ships Debezium's {@code SchemaUtil} with the fix of debezium/dbz#2492 backported (see the copy's header):
 * it must be the class loaded, must render exactly what Debezium's own does, and must go once Debezium ships the fix.
 */
class SchemaUtilBackportTests {

	private static final String BACKPORTED_FROM = "3.6.1.Final";

	@Test
	void backportMatchesTheDebeziumVersionItWasCopiedFrom() {
		assertThat(io.debezium.connector.postgresql.Module.version())
			.as("SchemaUtil in cdc-bridge is a copy of Debezium %s's with dbz#2492 backported. On another version, "
					+ "remove the copy if that version has the fix (SchemaUtil without an ObjectMapper), else copy "
					+ "that version's SchemaUtil and apply the fix again", BACKPORTED_FROM)
			.isEqualTo(BACKPORTED_FROM);
	}

	@Test
	void theBridgesCopyIsTheOneLoaded() {
		URL loadedFrom = SchemaUtil.class.getProtectionDomain().getCodeSource().getLocation();
		assertThat(loadedFrom.toString()).doesNotContain("debezium-connector-common");
	}

	@Test
	void rendersEventsExactlyAsDebeziumsOwnCopyDoes() throws Exception {
		Schema key = SchemaBuilder.struct().name("shop.public.product.Key").field("id", Schema.INT64_SCHEMA)
			.field("sku", Schema.STRING_SCHEMA).field("note", Schema.OPTIONAL_STRING_SCHEMA).build();
		for (String text : new String[] { "plain", "quote \" and backslash \\", "tab\tnewline\ncarriage\rbell\u0007",
				"unicode: Grüße, 東京, emoji \uD83D\uDED2, line separator \u2028", "slash / and <script>", "" }) {
			Struct struct = new Struct(key).put("id", 42L).put("sku", text).put("note", null);
			assertThat(SchemaUtil.asDetailedString(struct)).isEqualTo(debeziumsOwn(struct));
		}
	}

	/** Renders with the SchemaUtil in Debezium's jar, loaded apart from the bridge's copy. */
	private static String debeziumsOwn(Struct struct) throws Exception {
		URL jar = EventMetadataProvider.class.getProtectionDomain().getCodeSource().getLocation();
		try (JarFile file = new JarFile(jar.getPath())) {
			ClassLoader original = new ClassLoader(SchemaUtilBackportTests.class.getClassLoader()) {
				@Override
				protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
					if (!name.startsWith("io.debezium.data.SchemaUtil")) {
						return super.loadClass(name, resolve);
					}
					synchronized (getClassLoadingLock(name)) {
						Class<?> loaded = findLoadedClass(name);
						if (loaded != null) {
							return loaded;
						}
						ZipEntry entry = file.getEntry(name.replace('.', '/') + ".class");
						try (InputStream in = file.getInputStream(entry)) {
							byte[] bytes = in.readAllBytes();
							return defineClass(name, bytes, 0, bytes.length);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				}
			};
			return (String) original.loadClass("io.debezium.data.SchemaUtil")
				.getMethod("asDetailedString", Struct.class)
				.invoke(null, struct);
		}
	}

}
