package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.search.SearchIndexer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration", description = "Hub admin only")
class AdminController {

    private final SearchIndexer indexer;
    private final DisclosureLog disclosures;

    AdminController(SearchIndexer indexer, DisclosureLog disclosures) {
        this.indexer = indexer;
        this.disclosures = disclosures;
    }

    @GetMapping("/api/v1/admin/audit/verify")
    @Operation(summary = "Check the hash chain of the disclosure log; names the first entry that was changed or removed")
    DisclosureLog.ChainCheck verifyAudit() {
        return disclosures.verify();
    }

    /** How many records the rebuilt index holds. */
    record Reindexed(long indexed) {
    }

    @PostMapping("/api/v1/admin/reindex")
    @Operation(summary = "Rebuild the search index from the record store")
    Reindexed reindex() {
        return new Reindexed(indexer.reindex());
    }
}
