package org.lerhub.admin.agency;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.deadletter.DeadLetterDesk;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.store.DeadLetter;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.StoredDocument;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where an agency admin fixes what failed: inspect with the original, replay (edited or not), or discard. */
@Controller
class DeadLettersPageController {

    /** Larger originals are offered for download only; a text box would not help with them. */
    static final int EDITABLE_BYTES = 512 * 1024;

    private final AgencyAccess access;
    private final DeadLetterDesk desk;
    private final Documents documents;

    DeadLettersPageController(AgencyAccess access, DeadLetterDesk desk, Documents documents) {
        this.access = access;
        this.desk = desk;
        this.documents = documents;
    }

    @GetMapping("/agency/dead-letters")
    String list(Authentication authentication, Model model) {
        model.addAttribute("letters", desk.open(AgencyAccess.agencyOf(HubUser.of(authentication))));
        return "agency/dead-letters";
    }

    @GetMapping("/agency/dead-letters/{id}")
    String letter(@PathVariable String id, Authentication authentication, Model model) {
        DeadLetter letter = access.deadLetter(HubUser.of(authentication), id);
        StoredDocument document = documents.find(letter.documentId()).orElseThrow();
        model.addAttribute("letter", letter);
        model.addAttribute("document", document);
        model.addAttribute("text", documents.original(document.sha256()).filter(b -> b.length <= EDITABLE_BYTES)
                .map(DeadLettersPageController::text).orElse(null));
        return "agency/dead-letter";
    }

    /** Replays the original, or with {@code content} the edited text in its place. */
    @PostMapping("/agency/dead-letters/{id}/replay")
    String replay(@PathVariable String id, @RequestParam(required = false) String content, Authentication authentication,
                  RedirectAttributes redirect) {
        HubUser user = HubUser.of(authentication);
        DeadLetter letter = access.deadLetter(user, id);
        IngestOutcome outcome = desk.replay(letter, content == null ? null : content.getBytes(StandardCharsets.UTF_8),
                user.username());
        if (outcome.status() == DocumentStatus.DEAD_LETTER) {
            redirect.addFlashAttribute("failed", outcome.reason());
        } else {
            redirect.addFlashAttribute("done", "deadLetter.done.replayed");
            redirect.addFlashAttribute("doneArg", outcome.recordIds().size());
        }
        return "redirect:/agency/dead-letters";
    }

    @PostMapping("/agency/dead-letters/{id}/discard")
    String discard(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        HubUser user = HubUser.of(authentication);
        desk.discard(access.deadLetter(user, id), user.username());
        redirect.addFlashAttribute("done", "deadLetter.done.discarded");
        return "redirect:/agency/dead-letters";
    }

    /** The original as text when it is UTF-8, else null (binary: download only). */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            return null;
        }
    }
}
