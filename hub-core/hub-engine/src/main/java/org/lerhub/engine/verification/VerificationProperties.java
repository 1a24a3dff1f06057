package org.lerhub.engine.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ler.verification.*} settings.
 *
 * @param allowNetwork    whether verification may fetch status lists, DID documents and issuer documents over
 *                        https; off by default, so that verification works offline and no credential can make the
 *                        hub open a connection. JSON-LD contexts are never fetched, whatever this says
 * @param fetchTimeout    how long one fetch may take, when network lookups are allowed
 * @param cacheFor        how long a fetched document is reused
 * @param jsonLdTimeLimit how long expanding or canonicalising one document may take; crafted documents can make
 *                        canonicalisation exponential
 * @param recheckEvery    how often stored credentials are verified again (revocations, expiry, trust list changes);
 *                        0 turns the schedule off
 */
@ConfigurationProperties("ler.verification")
public record VerificationProperties(@DefaultValue("false") boolean allowNetwork,
                                     @DefaultValue("5s") Duration fetchTimeout,
                                     @DefaultValue("10m") Duration cacheFor,
                                     @DefaultValue("5s") Duration jsonLdTimeLimit,
                                     @DefaultValue("6h") Duration recheckEvery) {

    public static final VerificationProperties DEFAULTS = new VerificationProperties(false, Duration.ofSeconds(5),
            Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofHours(6));
}
