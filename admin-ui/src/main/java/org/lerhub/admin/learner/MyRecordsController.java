package org.lerhub.admin.learner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lerhub.admin.site.Downloads;
import org.lerhub.admin.site.NotFound;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Records;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A learner's records, grouped by where they come from and what they are, each with its verification. */
@Controller
class MyRecordsController {

    private final LearnerAccounts accounts;
    private final Records records;
    private final Documents documents;

    MyRecordsController(LearnerAccounts accounts, Records records, Documents documents) {
        this.accounts = accounts;
        this.records = records;
        this.documents = documents;
    }

    /** The records of one source (the issuer as the record names it), by kind. */
    record Source(String name, Map<RecordKind, List<LerRecord>> byKind) {
    }

    @GetMapping("/learner/records")
    String records(Authentication authentication, Model model) {
        List<LerRecord> mine = accounts.learnerOf(HubUser.of(authentication)).map(records::ofLearner).orElse(List.of());
        Map<String, Map<RecordKind, List<LerRecord>>> grouped = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (LerRecord record : mine) {
            grouped.computeIfAbsent(sourceOf(record), s -> new TreeMap<>())
                    .computeIfAbsent(record.kind(), k -> new ArrayList<>()).add(record);
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        grouped.forEach((name, byKind) -> {
            byKind.values().forEach(list -> list.sort(Comparator.comparing(r -> r.title() == null ? "" : r.title())));
            sources.put(name, new Source(name, byKind));
        });
        model.addAttribute("sources", sources.values());
        model.addAttribute("count", mine.size());
        return "learner/records";
    }

    @GetMapping("/learner/records/{id}")
    String record(@PathVariable String id, Authentication authentication, Model model) {
        LerRecord record = mine(id, authentication);
        model.addAttribute("record", record);
        model.addAttribute("original", originalOf(record, authentication).isPresent());
        return "learner/record";
    }

    @GetMapping("/learner/records/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable String id, Authentication authentication) {
        StoredDocument document = originalOf(mine(id, authentication), authentication).orElseThrow(NotFound::new);
        byte[] content = documents.original(document.sha256()).orElseThrow(NotFound::new);
        return Downloads.attachment(content, document.mediaType(),
                document.fileName() == null ? document.id().value() : document.fileName());
    }

    private LerRecord mine(String id, Authentication authentication) {
        Optional<LearnerId> learner = accounts.learnerOf(HubUser.of(authentication));
        return records.find(RecordId.of(id))
                .filter(r -> r.subject() != null && learner.isPresent() && learner.get().equals(r.subject().learnerId()))
                .orElseThrow(NotFound::new);
    }

    /** The original document, offered only when every record in it is the learner's (a batch holds other people). */
    private Optional<StoredDocument> originalOf(LerRecord record, Authentication authentication) {
        if (record.provenance() == null || record.provenance().documentId() == null) {
            return Optional.empty();
        }
        LearnerId learner = record.subject().learnerId();
        boolean onlyMine = records.allOfDocumentBelongTo(record.provenance().documentId(), learner);
        return onlyMine ? documents.find(record.provenance().documentId()) : Optional.empty();
    }

    static String sourceOf(LerRecord record) {
        if (record.issuer() != null && record.issuer().name() != null) {
            return record.issuer().name();
        }
        if (record.employment() != null && record.employment().employer() != null
                && record.employment().employer().name() != null) {
            return record.employment().employer().name();
        }
        return record.provenance() == null || record.provenance().agencyId() == null ? "—" : record.provenance().agencyId();
    }
}
