package org.lerhub.engine.verification;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Multibase base58btc ({@code z…}), the encoding of Data Integrity proof values, {@code did:key} identifiers and
 * Multikey public keys. The hub decodes; only {@link DataIntegritySigner} (benchmarks, tests) encodes.
 */
final class Multibase {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    /** Keys and Ed25519 signatures are under 100 characters; the cap keeps the quadratic decoding cheap. */
    private static final int MAX_LENGTH = 512;

    private Multibase() {
    }

    /** The bytes of a {@code z}-prefixed base58btc value; {@link IllegalArgumentException} says what is wrong. */
    static byte[] decodeBase58Btc(String multibase) {
        if (multibase == null || !multibase.startsWith("z")) {
            throw new IllegalArgumentException("it is not multibase base58btc (it does not start with 'z')");
        }
        String digits = multibase.substring(1);
        if (digits.isEmpty() || digits.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("it is " + digits.length() + " characters long");
        }
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (char c : digits.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("'" + c + "' is not a base58btc character");
            }
            if (leading && digit == 0) {
                leadingZeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        if (magnitude.length > 1 && magnitude[0] == 0) {
            magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length); // BigInteger's sign byte
        }
        byte[] out = new byte[leadingZeros + magnitude.length];
        System.arraycopy(magnitude, 0, out, leadingZeros, magnitude.length);
        return out;
    }

    /** The {@code z}-prefixed base58btc form of the bytes. */
    static String encodeBase58Btc(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return "z" + out.reverse();
    }
}
