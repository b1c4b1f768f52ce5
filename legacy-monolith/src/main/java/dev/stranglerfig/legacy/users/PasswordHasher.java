package dev.stranglerfig.legacy.users;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.springframework.stereotype.Component;

/** PBKDF2 password hashes in the form {@code pbkdf2$iterations$salt$hash}, as the shop stored them for years. */
@Component
public class PasswordHasher {

	private static final int ITERATIONS = 10_000;

	private final SecureRandom random = new SecureRandom();

	public String hash(String password) {
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
