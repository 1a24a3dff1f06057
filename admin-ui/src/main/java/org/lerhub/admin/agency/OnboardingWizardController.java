package org.lerhub.admin.agency;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lerhub.engine.LerProperties;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.store.Organizations;
import org.lerhub.mapping.Mappers;
import org.lerhub.schema.OrganizationType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Onboarding a connector, one question per page: kind → format → schedule or endpoint → credentials → a dry run
 * with a sample file (mapped records and their verification, nothing stored) → activate.
 */
@Controller
@RequestMapping("/agency/onboarding")
class OnboardingWizardController {

    static final List<String> STEPS = List.of("kind", "format", "source", "credentials", "test", "activate");

    private final Connectors connectors;
    private final IngestPipeline pipeline;
    private final Mappers mappers;
    private final Organizations organizations;
    private final LerProperties properties;

    OnboardingWizardController(Connectors connectors, IngestPipeline pipeline, Mappers mappers,
                               Organizations organizations, LerProperties properties) {
        this.connectors = connectors;
        this.pipeline = pipeline;
        this.mappers = mappers;
        this.organizations = organizations;
        this.properties = properties;
    }

    @GetMapping
    String start(HttpSession session) {
        session.setAttribute(ConnectorDraft.SESSION, new ConnectorDraft());
        return "redirect:/agency/onboarding/kind";
    }

    @GetMapping("/kind")
    String kind(HttpSession session, Authentication authentication, Model model) {
        model.addAttribute("kinds", ConnectorKind.values());
        if (HubUser.of(authentication).is(HubRole.HUB_ADMIN)) {
            model.addAttribute("agencies", organizations.ofType(OrganizationType.AGENCY));
        }
        return step("kind", session, model);
    }

    @PostMapping("/kind")
    String kind(@RequestParam String name, @RequestParam(required = false) String id, @RequestParam String kind,
                @RequestParam(required = false) String agency, HttpSession session, Authentication authentication,
                Model model) {
        ConnectorDraft draft = draft(session);
        draft.name = name.strip();
        draft.id = id == null || id.isBlank() ? idFrom(draft.name) : id.strip();
        draft.kind = ConnectorKind.of(kind);
        String error = null;
        try {
            draft.agency = HubUser.of(authentication).agencyFor(agency == null || agency.isBlank() ? null : agency);
        } catch (IllegalArgumentException noAgency) {
            error = "wizard.error.agency";
        }
        if (draft.name.isEmpty()) {
            error = "wizard.error.name";
        } else if (draft.id != null && (!draft.id.matches("[a-z0-9][a-z0-9-]{1,62}") || connectors.find(draft.id).isPresent())) {
            error = "wizard.error.id";
        }
        if (error != null) {
            model.addAttribute("error", error);
            return kind(session, authentication, model);
        }
        return "redirect:/agency/onboarding/format";
    }

    @GetMapping("/format")
    String format(HttpSession session, Model model) {
        model.addAttribute("formats", mappers.formatIds());
        return step("format", session, model);
    }

    @PostMapping("/format")
    String format(@RequestParam String format, HttpSession session) {
        draft(session).format = "auto".equals(format) || !mappers.formatIds().contains(format) ? null : format;
        return "redirect:/agency/onboarding/source";
    }

    @GetMapping("/source")
    String source(HttpSession session, Model model) {
        ConnectorDraft draft = draft(session);
        model.addAttribute("inbox", properties.inboxDir().toAbsolutePath().resolve(draft.id == null ? "<id>" : draft.id));
        return step("source", session, model);
    }

    /** Kind-specific settings: where to read (host, folder, URL) and how often to look. */
    @PostMapping("/source")
    String source(@RequestParam Map<String, String> form, HttpSession session) {
        ConnectorDraft draft = draft(session);
        draft.settings.clear();
        for (String setting : List.of("host", "port", "directory", "username", "url", "itemsPointer")) {
            String value = form.get(setting);
            if (value != null && !value.isBlank()) {
                draft.settings.put(setting, value.strip());
            }
        }
        String minutes = form.get("everyMinutes");
        if (minutes != null && minutes.matches("\\d{1,4}") && draft.kind != null && draft.kind.polls()
                && draft.kind != ConnectorKind.FILE_DROP) {
            draft.settings.put("delayMillis", Math.max(1, Integer.parseInt(minutes)) * 60_000);
        }
        return "redirect:/agency/onboarding/credentials";
    }

    @GetMapping("/credentials")
    String credentials(HttpSession session, Model model) {
        return step("credentials", session, model);
    }

    /** Secrets stay in the session until activation, then are stored encrypted; pages never show them again. */
    @PostMapping("/credentials")
    String credentials(@RequestParam Map<String, String> form, HttpSession session) {
        ConnectorDraft draft = draft(session);
        draft.credentials.clear();
        for (String credential : List.of("password", "apiKey", "secret")) {
            String value = form.get(credential);
            if (value != null && !value.isBlank()) {
                draft.credentials.put(credential, value);
            }
        }
        return "redirect:/agency/onboarding/test";
    }

    @GetMapping("/test")
    String test(HttpSession session, Model model) {
        return step("test", session, model);
    }

    @PostMapping("/test")
    String test(@RequestParam("sample") MultipartFile sample, HttpSession session, Model model) throws IOException {
        ConnectorDraft draft = draft(session);
        if (sample.isEmpty()) {
            model.addAttribute("error", "wizard.error.sample");
            return step("test", session, model);
        }
        IngestPipeline.Preview preview = pipeline.preview(new InboundDocument(sample.getBytes(), draft.agency, draft.id,
                draft.format, sample.getContentType(), sample.getOriginalFilename()));
        draft.tested = draft.tested || preview.failedStage() == null;
        model.addAttribute("preview", preview);
        model.addAttribute("sampleName", sample.getOriginalFilename());
        return step("test", session, model);
    }

    @GetMapping("/activate")
    String activate(HttpSession session, Model model) {
        return step("activate", session, model);
    }

    @PostMapping("/activate")
    String activate(HttpSession session, Authentication authentication, Model model, RedirectAttributes redirect) {
        ConnectorDraft draft = draft(session);
        try {
            Connector created = connectors.create(draft.agency, draft.request(), HubUser.of(authentication).username());
            session.removeAttribute(ConnectorDraft.SESSION);
            redirect.addFlashAttribute("done", "wizard.done");
            return "redirect:/agency/connectors/" + created.id();
        } catch (IllegalArgumentException refused) {
            model.addAttribute("problem", refused.getMessage());
            return step("activate", session, model);
        }
    }

    /** A readable id from the name ("Nashville State SIS" → nashville-state-sis), or none when that is taken. */
    private String idFrom(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        return slug.matches("[a-z0-9][a-z0-9-]{1,62}") && connectors.find(slug).isEmpty() ? slug : null;
    }

    private String step(String step, HttpSession session, Model model) {
        ConnectorDraft draft = draft(session);
        if (!"kind".equals(step) && draft.kind == null) {
            return "redirect:/agency/onboarding/kind";
        }
        model.addAttribute("draft", draft);
        model.addAttribute("step", step);
        model.addAttribute("steps", STEPS);
        return "agency/onboarding";
    }

    private static ConnectorDraft draft(HttpSession session) {
        ConnectorDraft draft = (ConnectorDraft) session.getAttribute(ConnectorDraft.SESSION);
        if (draft == null) {
            draft = new ConnectorDraft();
            session.setAttribute(ConnectorDraft.SESSION, draft);
        }
        return draft;
    }
}
