package org.lerhub.mappings.openbadges;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.lerhub.mapping.LinkedResources;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.json.JsonDocuments;
import tools.jackson.databind.JsonNode;

/**
 * The documents an Open Badges 2.0 assertion links to by URL: its BadgeClass, and the BadgeClass's Issuer. They
 * are read only through the hub's {@link LinkedResources}, which decides which hosts may be asked and is
 * {@link LinkedResources#NONE} unless the operator allowed fetching; nothing here opens a connection itself.
 */
final class LinkedDocuments {

    private final LinkedResources resources;

    LinkedDocuments(LinkedResources resources) {
        this.resources = resources;
    }

    /**
     * The JSON object at the URL.
     *
     * @param what what it should be, for messages: {@code BadgeClass}, {@code Issuer}
     * @throws MappingException when it is no HTTP(S) URL, cannot be fetched, or is not a JSON object; the
     *                          message names the URL
     */
    JsonNode fetch(String url, String what) throws MappingException {
        String name = "the " + what + " " + url;
        Optional<byte[]> bytes = uri(url).flatMap(resources::fetch);
        if (bytes.isEmpty()) {
            throw new MappingException(name + " could not be fetched");
        }
        JsonNode document = JsonDocuments.parse(JsonDocuments.text(new SourceDocument(bytes.get(), null, url)), name);
        if (!document.isObject()) {
            throw new MappingException(name + " is a JSON " + document.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object");
        }
        return document;
    }

    /** Only an absolute HTTP(S) URL names a document that can be fetched. */
    private static Optional<URI> uri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
