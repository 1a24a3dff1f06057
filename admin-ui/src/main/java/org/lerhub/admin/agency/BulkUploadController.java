package org.lerhub.admin.agency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lerhub.admin.jobs.JobId;
import org.lerhub.admin.jobs.Jobs;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.verification.DetachedSignature;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Several files uploaded at once to a connector, ingested one by one in a background job, as if each had arrived
 * through the connector: a file {@code <name>.sig} among them is {@code <name>}'s detached signature, as in a drop
 * folder (and never ingested itself). The files wait in temporary files, not in memory, until their turn.
 */
@Controller
class BulkUploadController {

    private final AgencyAccess access;
    private final IngestPipeline pipeline;
    private final Jobs jobs;

    BulkUploadController(AgencyAccess access, IngestPipeline pipeline, Jobs jobs) {
        this.access = access;
        this.pipeline = pipeline;
        this.jobs = jobs;
    }

    /** One uploaded file waiting in a temporary file, with its signature's when one came along. */
    private record Upload(String name, String mediaType, Path content, Path signature) {
    }

    @PostMapping("/agency/connectors/{id}/upload")
    String upload(@PathVariable String id, @RequestParam("files") List<MultipartFile> files,
                  Authentication authentication, RedirectAttributes redirect) throws IOException {
        HubUser user = HubUser.of(authentication);
        Connector connector = access.connector(user, id);
        Map<String, Path> received = new HashMap<>();
        Map<String, String> mediaTypes = new HashMap<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                String name = nameOf(file);
                Path waiting = Files.createTempFile("ler-upload-", ".part");
                file.transferTo(waiting);
                received.put(name, waiting);
                mediaTypes.put(name, file.getContentType());
            }
        }
        List<Upload> uploads = new ArrayList<>();
        for (Map.Entry<String, Path> file : received.entrySet()) {
            String name = file.getKey();
            if (!name.endsWith(DetachedSignature.FILE_SUFFIX)) {
                uploads.add(new Upload(name, mediaTypes.get(name), file.getValue(),
                        received.get(name + DetachedSignature.FILE_SUFFIX)));
            } else if (!received.containsKey(name.substring(0, name.length() - DetachedSignature.FILE_SUFFIX.length()))) {
                Files.delete(file.getValue()); // a signature without its file: never ingested itself
            }
        }
        if (uploads.isEmpty()) {
            redirect.addFlashAttribute("error", "connector.upload.none");
            return "redirect:/agency/connectors/" + id;
        }
        uploads.sort(Comparator.comparing(Upload::name));
        JobId job = jobs.forEach(user, "job.upload", "/agency/connectors/" + id, uploads, Upload::name,
                upload -> ingest(connector, upload));
        return "redirect:/jobs/" + job.value();
    }

    private Optional<String> ingest(Connector connector, Upload upload) throws IOException {
        try {
            byte[] signature = upload.signature() == null ? null : DetachedSignature.fromFile(Files.readAllBytes(upload.signature()));
            return pipeline.ingest(new InboundDocument(Files.readAllBytes(upload.content()), connector.agencyId(),
                    connector.id(), connector.format(), upload.mediaType(), upload.name(), signature)).deadLetterReason();
        } finally {
            Files.deleteIfExists(upload.content());
            if (upload.signature() != null) {
                Files.deleteIfExists(upload.signature());
            }
        }
    }

    /** The file's own name: some browsers send the path it had on the sender's disk. */
    private static String nameOf(MultipartFile file) {
        String original = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        return original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    }
}
