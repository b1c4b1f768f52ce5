package dev.stranglerfig.users.account;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.springframework.stereotype.Component;

/**
 * PBKDF2-HMAC-SHA256 hashes in the form {@code pbkdf2$iterations$salt$hash}: the monolith's format, so a hash
 * could move between the two if the credentials were ever migrated, with the cost stored in each hash so it
 * can be raised without invalidating the old ones.
 */
@Component
class PasswordHasher {

	private static final int ITERATIONS = 10_000;

	private final SecureRandom random = new SecureRandom();

	String hash(String password) {
		byte[] salt = new byte[16];
		this.random.nextBytes(salt);
		Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
		return "pbkdf2$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
				+ base64.encodeToString(derive(password, salt, ITERATIONS));
	}

	private static byte[] derive(String password, byte[] salt, int iterations) {
		try {
			PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", ex);
		}
	}

}
