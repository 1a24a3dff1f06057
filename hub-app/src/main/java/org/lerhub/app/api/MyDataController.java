package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.engine.audit.Disclosure;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.identity.IdentityDecisions;
import org.lerhub.engine.learner.LearnerData;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.RecordExporter;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.RecordId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A learner's view of who saw what, and their rights over their data. */
@RestController
@Tag(name = "My data", description = "Disclosures, export and erasure for the signed-in learner")
class MyDataController {

    private static final int DISCLOSURES_PAGE = 100;
    private static final int MAX_DISCLOSURES_PAGE = 1_000;

    private final LearnerAccounts accounts;
    private final DisclosureLog disclosures;
    private final LearnerData data;
    private final IdentityDecisions identity;
    private final Mappers formats;

    MyDataController(LearnerAccounts accounts, DisclosureLog disclosures, LearnerData data, IdentityDecisions identity,
                     Mappers formats) {
        this.accounts = accounts;
        this.formats = formats;
        this.disclosures = disclosures;
        this.data = data;
        this.identity = identity;
    }

    /**
     * Every entry, in order, unless the client pages: {@code limit} entries after entry {@code after} (a sequence
     * number), with a {@code Link: rel="next"} header while more may follow.
     */
    @GetMapping("/api/v1/me/disclosures")
    @Operation(summary = "Who saw which of my records, when, under which grant; page with ?after=<seq>&limit=<n>")
    ResponseEntity<List<Disclosure>> disclosures(@RequestParam(required = false) Long after,
                                                 @RequestParam(required = false) Integer limit,
                                                 Authentication authentication) {
        Optional<LearnerId> learner = learner(authentication);
        if (after == null && limit == null) {
            return ResponseEntity.ok(learner.map(l -> disclosures.ofLearner(l.value())).orElse(List.of()));
        }
        int size = limit == null ? DISCLOSURES_PAGE : limit;
        if (size < 1 || size > MAX_DISCLOSURES_PAGE || (after != null && after < 0)) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_DISCLOSURES_PAGE + " and after a sequence number"
                    + " (0 or more) of an entry you have read");
        }
        long from = after == null ? 0 : after;
        List<Disclosure> page = learner.map(l -> disclosures.ofLearnerAfter(l.value(), from, size)).orElse(List.of());
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.size() == size) {
            ok.header("Link", "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after",
                    page.get(page.size() - 1).seq()).replaceQueryParam("limit", size).toUriString() + ">; rel=\"next\"");
        }
        return ok.body(page);
    }

    /** The body of a claim. */
    record ClaimBody(String code) {
    }

    /** The records a claim moved to the learner. */
    record Claimed(List<String> recordIds) {
    }

    @PostMapping("/api/v1/me/claims")
    @Operation(summary = "Claim a document's records with the one-time code an agency gave me")
    Claimed claim(@RequestBody ClaimBody body, Authentication authentication) {
        LearnerId learner = accounts.enrol(HubUser.of(authentication));
        List<RecordId> claimed = body == null || body.code() == null ? List.of() : identity.redeem(body.code(), learner);
        if (claimed.isEmpty()) {
            throw new IllegalArgumentException("this claim code is unknown, used or expired; ask the agency for a new one");
        }
        return new Claimed(claimed.stream().map(RecordId::value).toList());
    }

    @GetMapping("/api/v1/me/export")
    @Operation(summary = "All my data: records, grants and disclosures; or, with ?format=clr2 or ?format=ler-rs, my "
            + "records as a CLR 2.0 credential or an LER-RS résumé to take elsewhere")
    ResponseEntity<?> export(@RequestParam(required = false) String format, Authentication authentication) {
        LearnerId learner = learner(authentication).orElseThrow(() -> new ApiProblems.NotFound("data about you"));
        if (format == null) {
            return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"my-ler-data.json\"")
                    .body(data.export(learner));
        }
        RecordExporter exporter = formats.exporter(format).orElseThrow(() -> new IllegalArgumentException(
                "there is no export as '" + format + "'; choose one of " + formats.exportFormatIds()));
        byte[] body = data.export(learner, exporter, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(exporter.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"" + exporter.fileName() + "\"").body(body);
    }

    @DeleteMapping("/api/v1/me")
    @Operation(summary = "Erase my data: records, originals, grants and index entries")
    ResponseEntity<Void> erase(Authentication authentication) {
        learner(authentication).ifPresent(data::erase);
        return ResponseEntity.noContent().build();
    }

    private Optional<LearnerId> learner(Authentication authentication) {
        return accounts.learnerOf(HubUser.of(authentication));
    }
}
