package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.engine.consent.EmployerAccess;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordId;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** LER records in the shared schema. Whoever may not see a record gets 404, as if it did not exist. */
@RestController
@Tag(name = "Records", description = "LER records in the shared schema")
class RecordsController {

    private final Records records;
    private final LearnerAccounts accounts;
    private final EmployerAccess employers;

    RecordsController(Records records, LearnerAccounts accounts, EmployerAccess employers) {
        this.records = records;
        this.accounts = accounts;
        this.employers = employers;
    }

    /** A learner's own records. */
    record MyRecords(String learnerId, List<LerRecord> records) {
    }

    @GetMapping("/api/v1/me/records")
    @Operation(summary = "The signed-in learner's own records")
    MyRecords mine(Authentication authentication) {
        Optional<LearnerId> learner = accounts.learnerOf(HubUser.of(authentication));
        return new MyRecords(learner.map(LearnerId::value).orElse(null),
                learner.map(records::ofLearner).orElse(List.of()));
    }

    @GetMapping("/api/v1/records/{id}")
    @Operation(summary = "One record: for its learner, the agency that ingested it, or an employer under a live grant "
            + "(in the scope granted; the look is logged for the learner)")
    LerRecord get(@PathVariable String id, Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        RecordId recordId = RecordId.of(id);
        Optional<LerRecord> record = user.is(HubRole.EMPLOYER)
                ? employers.view(user.organizationId(), user.username(), recordId)
                : records.find(recordId).filter(r -> maySee(user, r));
        return record.orElseThrow(() -> new ApiProblems.NotFound("record " + id));
    }

    private boolean maySee(HubUser user, LerRecord record) {
        if (user.is(HubRole.LEARNER)) {
            return record.subject() != null && accounts.learnerOf(user)
                    .map(learner -> learner.equals(record.subject().learnerId())).orElse(false);
        }
        return user.is(HubRole.AGENCY_ADMIN) && user.actsForAgency(record.provenance().agencyId());
    }
}
