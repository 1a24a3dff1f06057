package org.lerhub.engine.verification;

/**
 * A check that failed in a way that ends the checking of a credential, named as the check it becomes (e.g.
 * {@code "json-ld safe mode"}) with a reason a person can read.
 */
final class VerificationFailure extends Exception {

    private final String check;

    VerificationFailure(String check, String reason) {
        super(reason, null, false, false);
        this.check = check;
    }

    String check() {
        return check;
    }

    String reason() {
        return getMessage();
    }

    Finding asFinding() {
        return Finding.invalid(check, reason());
    }
}
