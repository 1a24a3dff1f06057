package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.deadletter.DeadLetterDesk;
import org.lerhub.engine.store.DeadLetter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Dead letters of the caller's agency: inspect (the original is at the document), replay, edit-and-replay, discard. */
@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "Documents that failed, waiting to be fixed and replayed or discarded")
class DeadLettersController {

    private final DeadLetterDesk desk;
    private final RequestBodies bodies;

    DeadLettersController(DeadLetterDesk desk, RequestBodies bodies) {
        this.desk = desk;
        this.bodies = bodies;
    }

    /** A dead letter with where to fetch its original bytes. */
    record DeadLetterView(DeadLetter deadLetter, String original) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(letter, "/api/v1/documents/" + letter.documentId().value() + "/original");
        }
    }

    @GetMapping
    @Operation(summary = "Open dead letters of my agency (of all agencies for a hub admin), newest first")
    List<DeadLetterView> list(Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        return desk.open(user.is(HubRole.HUB_ADMIN) ? null : user.organizationId()).stream()
                .map(DeadLetterView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dead letter: stage, reason, source, and the link to its original bytes")
    DeadLetterView get(@PathVariable String id, Authentication authentication) {
        return DeadLetterView.of(owned(id, authentication));
    }

    @PostMapping(value = "/{id}/replay", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Replay: with an empty body the original runs again (after a fix); with a body, the edited "
            + "content is ingested in its place")
    ResponseEntity<?> replay(@PathVariable String id, HttpServletRequest request, Authentication authentication)
            throws IOException {
        DeadLetter letter = owned(id, authentication);
        byte[] edited = bodies.read(request);
        return DocumentResponses.of(desk.replay(letter, edited.length == 0 ? null : edited,
                HubUser.of(authentication).username()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Discard a dead letter; the original stays with its document")
    ResponseEntity<Void> discard(@PathVariable String id, Authentication authentication) {
        desk.discard(owned(id, authentication), HubUser.of(authentication).username());
        return ResponseEntity.noContent().build();
    }

    private DeadLetter owned(String id, Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        return desk.find(id).filter(d -> user.actsForAgency(d.agencyId()))
                .orElseThrow(() -> new ApiProblems.NotFound("dead letter " + id));
    }
}
