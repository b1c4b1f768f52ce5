package dev.stranglerfig.users.account;

import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTests {

	private final PasswordHasher hasher = new PasswordHasher();

	@Test
	void writesTheMonolithsPbkdf2FormatThatTheSamePasswordVerifiesAgainst() throws Exception {
		String[] parts = this.hasher.hash("correct horse battery").split("\\$");

		assertThat(parts).hasSize(4);
		assertThat(parts[0]).isEqualTo("pbkdf2");
		int iterations = Integer.parseInt(parts[1]);
		byte[] salt = Base64.getDecoder().decode(parts[2]);
		byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
			.generateSecret(new PBEKeySpec("correct horse battery".toCharArray(), salt, iterations, 256))
			.getEncoded();
		assertThat(Base64.getDecoder().decode(parts[3])).isEqualTo(expected);
	}

	@Test
	void saltsEveryHashSoEqualPasswordsDoNotShowInTheTable() {
		assertThat(this.hasher.hash("same password")).isNotEqualTo(this.hasher.hash("same password"));
	}

	@Test
	void fitsTheCredentialColumn() {
		assertThat(this.hasher.hash("x".repeat(100))).hasSizeLessThanOrEqualTo(100);
	}

}
