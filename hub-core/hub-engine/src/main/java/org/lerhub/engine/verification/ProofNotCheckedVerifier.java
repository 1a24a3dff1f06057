package org.lerhub.engine.verification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lerhub.mapping.MappingResult;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;
import org.springframework.stereotype.Component;

/**
 * The verifier until cryptographic verification lands: every record is {@code NO_PROOF}, and a document that
 * carries a proof says plainly that it was not checked, so nobody reads NO_PROOF as "unsigned".
 */
@Component
public class ProofNotCheckedVerifier implements DocumentVerifier {

    private final Clock clock;

    public ProofNotCheckedVerifier(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Report verify(MappingResult mapped) {
        Check check = mapped.proofs().isEmpty()
                ? new Check("proof", Check.Outcome.SKIPPED, "the document carries no proof")
                : new Check("proof", Check.Outcome.SKIPPED,
                        "the document carries " + mapped.proofs().size() + " proof(s) that this hub does not check yet");
        return new Report(new Verification(VerificationStatus.NO_PROOF, false, List.of(check), clock.instant()),
                Map.of());
    }
}
