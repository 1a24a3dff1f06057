package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.trust.TrustedIssuers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's issuer trust list. Records ingested afterwards say whether their issuer is on it
 * ({@code verification.issuerTrusted}); changes are written to the audit chain.
 */
@RestController
@RequestMapping("/api/v1/trusted-issuers")
@Tag(name = "Issuer trust", description = "The issuers an agency vouches for")
class TrustedIssuersController {

    private final TrustedIssuers trusted;

    TrustedIssuersController(TrustedIssuers trusted) {
        this.trusted = trusted;
    }

    /** An issuer to trust: its id as credentials state it (a DID or URL), a name for people, and for hub admins the agency. */
    record Trust(String issuer, String name, String agency) {
    }

    @GetMapping
    @Operation(summary = "My agency's trusted issuers (all agencies' for a hub admin)")
    List<TrustedIssuers.Entry> list(Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        return trusted.of(user.is(HubRole.HUB_ADMIN) ? null : user.organizationId());
    }

    @PostMapping
    @Operation(summary = "Trust an issuer (by its DID or URL) for my agency")
    ResponseEntity<TrustedIssuers.Entry> add(@RequestBody Trust trust, Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        String agency = user.agencyFor(trust.agency());
        if (trust.issuer() == null || trust.issuer().isBlank()) {
            throw new IllegalArgumentException("say which issuer to trust: its id as credentials state it (a DID or URL)");
        }
        return ResponseEntity.status(201).body(trusted.trust(agency, trust.issuer().trim(), trust.name(),
                user.username()));
    }

    @DeleteMapping
    @Operation(summary = "Stop trusting an issuer (?issuer=ID)")
    ResponseEntity<Void> remove(@RequestParam String issuer, @RequestParam(required = false) String agency,
                                Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        String owner = user.agencyFor(agency);
        if (!trusted.untrust(owner, issuer, user.username())) {
            throw new ApiProblems.NotFound("trusted issuer " + issuer);
        }
        return ResponseEntity.noContent().build();
    }
}
