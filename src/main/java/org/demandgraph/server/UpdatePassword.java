package org.demandgraph.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The update password as the server keeps it: a PBKDF2 hash with a random salt, in memory only (never in a
 * file, never the password itself). {@link #matches} takes the same time whether or not it matches.
 */
public final class UpdatePassword {

    private static final int ITERATIONS = 60_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private final byte[] salt = new byte[16];
    private final byte[] hash;

    public UpdatePassword(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("The update password must not be empty");
        }
        new SecureRandom().nextBytes(salt);
        hash = derive(password);
    }

    /** Whether an HTTP Basic {@code Authorization} header carries user {@code user} with this password. */
    boolean matchesBasic(String authorization, String user) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean userOk = MessageDigest.isEqual(decoded.substring(0, colon).getBytes(StandardCharsets.UTF_8),
                user.getBytes(StandardCharsets.UTF_8));
        return matches(decoded.substring(colon + 1)) & userOk;
    }

    boolean matches(String candidate) {
        return MessageDigest.isEqual(hash, derive(candidate));
    }

    private byte[] derive(String password) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No " + ALGORITHM + " in this JDK", e);
        }
    }
}
