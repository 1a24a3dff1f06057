package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lerhub.engine.search.SearchIndexer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration", description = "Hub admin only")
class AdminController {

    private final SearchIndexer indexer;

    AdminController(SearchIndexer indexer) {
        this.indexer = indexer;
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
