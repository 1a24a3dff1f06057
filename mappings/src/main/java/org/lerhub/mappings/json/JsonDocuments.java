package org.lerhub.mappings.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.text.ByteOrderMark;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON document defensively: strict decoding, bounded nesting, duplicate keys refused, and every
 * failure turned into a {@link MappingException} that says where the document is broken.
 */
public final class JsonDocuments {

    /**
     * Credentials nest a dozen levels deep at most (a CLR holding credentials with endorsements); the limit keeps
     * hostile input from exhausting the stack here or in the recursive {@link JsonFields#toJava} later.
     */
    public static final int MAX_NESTING_DEPTH = 100;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            // two values for one key are read differently by different parsers, which lets a signed field
            // mean one thing to the verifier and another to the mapper
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // keeps decimals exact (credits, scores) when they are handed on as extensions
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonDocuments() {
    }

    /**
     * Cheap detection for a JSON format: whether the document is JSON that {@code is} accepts. A document that does
     * not start as an object, or that lies entirely within {@link SourceDocument#head()} and mentions none of the
     * markers, is not even parsed.
     */
    public static boolean recognizes(SourceDocument document, List<String> markers, Predicate<JsonNode> is) {
        String head = document.head();
        if (!head.stripLeading().startsWith("{")) {
            return false;
        }
        boolean wholeInHead = document.content().length <= SourceDocument.HEAD_BYTES;
        if (wholeInHead && markers.stream().noneMatch(head::contains)) {
            return false;
        }
        try {
            return is.test(parse(text(document), "the document"));
        } catch (MappingException e) {
            return false;
        }
    }

    /**
     * The document as text. JSON is UTF-8 (a byte-order mark is tolerated); UTF-16 is accepted when a BOM says
     * so. Bytes that are not valid in the encoding are an error rather than replaced, because the text may be
     * the exact signed content a verifier checks later.
     */
    public static String text(SourceDocument document) throws MappingException {
        byte[] bytes = document.content();
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
        Charset charset = mark.map(ByteOrderMark::charset).orElse(StandardCharsets.UTF_8);
        int skip = mark.map(ByteOrderMark::length).orElse(0);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MappingException("the document is not valid " + charset.name()
                    + " text; JSON must be UTF-8 (or UTF-16 with a byte-order mark)", e);
        }
    }

    /**
     * Parses JSON text into a tree.
     *
     * @param what names the text in error messages, e.g. {@code the document} or {@code the VC-JWT payload}
     */
    public static JsonNode parse(String text, String what) throws MappingException {
        if (text.isBlank()) {
            throw new MappingException(what + " is empty: expected a JSON object");
        }
        try {
            return JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new MappingException(what + " exceeds a parser safety limit: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new MappingException(what + " is not valid JSON" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A streaming parser with the same limits, for text that {@link #parse} has already accepted. */
    static JsonParser parser(String text) {
        return JSON.createParser(text);
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
