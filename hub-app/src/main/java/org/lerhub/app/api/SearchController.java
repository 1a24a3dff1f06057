package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.consent.EmployerAccess;
import org.lerhub.engine.search.SearchQuery;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Skill;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employer search over the records learners released to the employer's organization, and nothing else. */
@RestController
@Tag(name = "Search", description = "Employers search consented records")
class SearchController {

    private final EmployerAccess access;

    SearchController(EmployerAccess access) {
        this.access = access;
    }

    /** The search result payload of API.md. */
    record Results(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    /**
     * One hit; for a record released as a skills summary, {@code issuer} and {@code verification} are absent.
     *
     * @param scope {@code FULL} or {@code SKILLS_SUMMARY}: how much the learner released
     */
    record Hit(String recordId, Learner learner, String title, String kind, String issuer, List<String> skills,
               String verification, List<String> highlights, String scope) {
    }

    record Learner(String id, String name) {
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search the records learners released to my organization",
            description = "Totals, facets and pages count only records released to you by a live grant.")
    Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String skill, @RequestParam(required = false) String issuer,
                   @RequestParam(required = false) String verification,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "RELEVANCE") SearchQuery.Order sort,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                   Authentication authentication) {
        if (size < 1 || size > SearchQuery.MAX_SIZE || page < 0) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + SearchQuery.MAX_SIZE);
        }
        HubUser user = HubUser.of(authentication);
        EmployerAccess.Results results = access.search(user.organizationId(), user.username(),
                new EmployerAccess.Criteria(q, kind, skill, issuer, verification, from, to, sort, page, size));
        return new Results(results.total(), page, size, results.hits().stream().map(SearchController::hit).toList(),
                results.facets());
    }

    private static Hit hit(EmployerAccess.Hit hit) {
        LerRecord record = hit.record();
        return new Hit(record.id().value(),
                new Learner(record.subject().learnerId().value(),
                        record.subject().name() == null ? null : record.subject().name().display()),
                record.title(), record.kind().name(),
                hit.fullRecord() && record.issuer() != null ? record.issuer().name() : null,
                record.skills().stream().map(Skill::label).toList(),
                hit.fullRecord() ? record.verification().status().name() : null, hit.highlights(),
                hit.fullRecord() ? "FULL" : "SKILLS_SUMMARY");
    }
}
