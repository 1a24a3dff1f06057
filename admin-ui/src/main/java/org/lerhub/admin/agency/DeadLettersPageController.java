package org.lerhub.admin.agency;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lerhub.admin.jobs.JobId;
import org.lerhub.admin.jobs.Jobs;
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
    private final Jobs jobs;

    DeadLettersPageController(AgencyAccess access, DeadLetterDesk desk, Documents documents, Jobs jobs) {
        this.access = access;
        this.desk = desk;
        this.documents = documents;
        this.jobs = jobs;
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

    /** Replays the originals of the selected dead letters, or of all open ones, in a background job. */
    @PostMapping("/agency/dead-letters/replay")
    String replayMany(@RequestParam(required = false) List<String> ids, @RequestParam(defaultValue = "false") boolean all,
                      Authentication authentication, RedirectAttributes redirect) {
        HubUser user = HubUser.of(authentication);
        List<DeadLetter> letters = all ? desk.open(AgencyAccess.agencyOf(user))
                : (ids == null ? List.<String>of() : ids).stream().map(id -> access.deadLetter(user, id)).toList();
        if (letters.isEmpty()) {
            redirect.addFlashAttribute("error", "deadLetters.noneSelected");
            return "redirect:/agency/dead-letters";
        }
        JobId job = jobs.forEach(user, "job.replay", "/agency/dead-letters", letters, this::nameOf,
                letter -> {
                    // as it is now: someone may have replayed or discarded it since
                    return desk.replay(desk.find(letter.id()).orElseThrow(), null, user.username()).deadLetterReason();
                });
        return "redirect:/jobs/" + job.value();
    }

    @PostMapping("/agency/dead-letters/{id}/discard")
    String discard(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        HubUser user = HubUser.of(authentication);
        desk.discard(access.deadLetter(user, id), user.username());
        redirect.addFlashAttribute("done", "deadLetter.done.discarded");
        return "redirect:/agency/dead-letters";
    }

    /** A dead letter as a failure list names it: its file, else its document. */
    private String nameOf(DeadLetter letter) {
        return documents.find(letter.documentId()).map(StoredDocument::fileName).orElse(letter.documentId().value());
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
