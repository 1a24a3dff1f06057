package org.lerhub.engine.verification;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SignedPart;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;
import org.springframework.stereotype.Component;

/**
 * The hub's verifier: every signed part a mapper found is checked — its proofs ({@link DataIntegrityVerifier} or
 * {@link VcJwtVerifier}; an Open Badges 2.0 assertion signed or hosted, {@link OpenBadges2Verifier}), whether the
 * key belongs to the issuer, then the validity period and the status list —
 * and the findings add up to the part's status (INVALID before REVOKED before EXPIRED before NOT_YET_VALID before
 * VERIFIED; NO_PROOF when no signature could be checked). The delivered file is checked too: its sender's detached
 * signature ({@link DetachedSignature}) and its XML schema ({@link XsdCheck}); they concern the whole file, so
 * they count for the document and every record in it. Nothing is fetched unless the operator allowed network
 * lookups ({@link RemoteDocuments}); JSON-LD contexts and XML schemas are never fetched ({@link BundledContexts},
 * {@link BundledSchemas}).
 */
@Component
public class CredentialVerifier implements DocumentVerifier {

    static final Set<String> LINKED_DATA = Set.of("application/vc+ld+json", "application/vc", "application/ld+json");
    static final Set<String> JWT = Set.of("application/vc+jwt", "application/jwt", "application/vc+ld+json+jwt");

    private final Clock clock;
    private final DataIntegrityVerifier dataIntegrity;
    private final VcJwtVerifier jwt;
    private final OpenBadges2Verifier openBadges2;
    private final ValidityPeriod validity;
    private final StatusListChecker status;
    private final XsdCheck xsd;

    public CredentialVerifier(Clock clock, RemoteDocuments remote, BundledContexts contexts, BundledSchemas schemas,
                              VerificationProperties properties) {
        this.clock = clock;
        KeyResolver keys = new KeyResolver(remote);
        IssuerBinding binding = new IssuerBinding(remote);
        this.dataIntegrity = new DataIntegrityVerifier(
                new JsonLdCanonicalizer(contexts, properties.jsonLdTimeLimit()), keys, binding);
        this.jwt = new VcJwtVerifier(keys, binding);
        this.openBadges2 = new OpenBadges2Verifier(remote);
        this.validity = new ValidityPeriod(clock);
        this.status = new StatusListChecker(remote);
        this.xsd = new XsdCheck(schemas);
    }

    /** Offline, with the bundled contexts and schemas: what tests and tools outside Spring use. */
    public static CredentialVerifier offline(Clock clock) {
        return new CredentialVerifier(clock, RemoteDocuments.OFFLINE, new BundledContexts(), BundledSchemas.shared(),
                VerificationProperties.DEFAULTS);
    }

    @Override
    public Report verify(MappingResult mapped, Delivery delivery) {
        List<SignedPart> parts = mapped.proofs();
        Optional<Finding> signature = DetachedSignature.check(delivery);
        Optional<XsdCheck.Outcome> schema = xsd.check(delivery.content());
        List<Finding> file = new ArrayList<>();
        signature.ifPresent(file::add);
        schema.ifPresent(s -> file.add(s.finding()));
        List<String> warnings = schema.map(XsdCheck.Outcome::warnings).orElse(List.of());
        if (parts.isEmpty()) {
            List<Finding> all = new ArrayList<>();
            if (signature.isEmpty()) {
                all.add(Finding.skipped("proof", "the document carries no proof"));
            }
            all.addAll(file);
            return new Report(Finding.verification(all, clock.instant()), Map.of(), warnings,
                    signature.filter(f -> f.verdict() == VerificationStatus.VERIFIED).isPresent());
        }
        List<List<Finding>> findings = parts.stream().map(p -> verifyPart(p.mediaType(), p.content())).toList();
        // a record may be named by several parts: a CLR's own proof covers every record, a nested badge's its own
        Map<String, List<Integer>> partsOfRecord = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (String id : parts.get(i).sourceRecordIds()) {
                partsOfRecord.computeIfAbsent(id, r -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Verification> records = new HashMap<>();
        partsOfRecord.forEach((id, indexes) -> records.put(id, combined(findings, indexes, file)));
        // a record no part names (a résumé's own entry beside an embedded badge) is not vouched for by the others
        List<Finding> unsigned = new ArrayList<>(List.of(Finding.skipped("proof",
                "no proof in the document covers this record")));
        unsigned.addAll(file);
        Verification uncovered = Finding.verification(unsigned, clock.instant());
        mapped.records().stream().map(record -> record.provenance().sourceRecordId())
                .filter(id -> id != null && !records.containsKey(id))
                .forEach(id -> records.put(id, uncovered));
        return new Report(combined(findings, IntStream.range(0, parts.size()).boxed().toList(), file), records,
                warnings, false);
    }

    /**
     * The findings of the given parts as one verification; with several parts, each check names its part. The
     * file's findings come last: a tampered or unsigned file decides against every part in it.
     */
    private Verification combined(List<List<Finding>> findings, List<Integer> parts, List<Finding> file) {
        List<Finding> all = new ArrayList<>(parts.size() == 1 ? findings.get(parts.get(0)) : parts.stream()
                .flatMap(i -> labelled("part[" + i + "] ", findings.get(i)).stream()).toList());
        all.addAll(file);
        return Finding.verification(all, clock.instant());
    }

    /** Verifies one signed credential as it was received: JSON-LD text or a compact JWT. */
    public Verification verify(String mediaType, String content) {
        return Finding.verification(verifyPart(mediaType, content), clock.instant());
    }

    private List<Finding> verifyPart(String mediaType, String content) {
        Proven proven;
        if (LINKED_DATA.contains(mediaType)) {
            try {
                JsonObject credential = StrictJson.parseObject(content, "the credential");
                proven = new Proven(credential, dataIntegrity.verify(credential), null, null);
            } catch (VerificationFailure e) {
                proven = Proven.unreadable(e.asFinding());
            }
        } else if (JWT.contains(mediaType)) {
            proven = jwt.verify(content);
        } else if (OpenBadges2Verifier.SIGNED.equals(mediaType)) {
            proven = openBadges2.verifySigned(content);
        } else if (OpenBadges2Verifier.HOSTED.equals(mediaType)) {
            proven = openBadges2.verifyHosted(content);
        } else {
            return List.of(Finding.skipped("proof", "the document carries a proof of type " + mediaType
                    + " that this hub does not check yet"));
        }
        return withStateChecks(proven, true);
    }

    /** Adds the validity period and, when the proof verified, the status list to the proof findings. */
    private List<Finding> withStateChecks(Proven proven, boolean checkStatus) {
        List<Finding> findings = new ArrayList<>(proven.findings());
        if (proven.credential() == null) {
            return findings;
        }
        findings.add(validity.check(proven.credential(), proven.notBefore(), proven.expires()));
        if (checkStatus && proven.credential().containsKey("credentialStatus")) {
            VerificationStatus sofar = Finding.status(findings);
            if (sofar == VerificationStatus.INVALID || sofar == VerificationStatus.NO_PROOF) {
                // an unverified credential's status URL is the sender's choice: it is not followed
                findings.add(Finding.skipped(StatusListChecker.CHECK, "not checked: the credential's proof was not"
                        + " verified, so its status list was not consulted"));
            } else {
                findings.addAll(status.check(proven.credential(), list ->
                        withStateChecks(new Proven(list, dataIntegrity.verify(list), null, null), false)));
            }
        }
        return findings;
    }

    private static List<Finding> labelled(String prefix, List<Finding> findings) {
        return findings.stream().map(f -> new Finding(new Check(prefix + f.check().name(), f.check().outcome(),
                f.check().reason()), f.verdict())).toList();
    }
}
