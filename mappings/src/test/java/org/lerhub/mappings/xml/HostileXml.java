package org.lerhub.mappings.xml;

import java.nio.charset.StandardCharsets;
import org.lerhub.mapping.SourceDocument;

/** Hostile XML documents, shared by the tests of {@link SafeXml} and of every XML mapper. */
public final class HostileXml {

    /** Reads a local file into the document, if entities are resolved. */
    public static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE CollegeTranscript [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <CollegeTranscript><Student>&e;</Student></CollegeTranscript>""";

    /** Ten levels of ten: a billion "lol"s, if entities are expanded. */
    public static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <CollegeTranscript>&lol9;</CollegeTranscript>""";

    public static final String MALFORMED = """
            <CollegeTranscript>
              <Student>
            </CollegeTranscript>""";

    private HostileXml() {
    }

    /** An external DTD and a parameter entity, both at the given base URL: fetching either is a failure. */
    public static String externalDtd(String baseUrl) {
        return "<!DOCTYPE CollegeTranscript SYSTEM \"" + baseUrl + "/transcript.dtd\" [\n"
                + "  <!ENTITY % remote SYSTEM \"" + baseUrl + "/entities.dtd\"> %remote;\n"
                + "]>\n<CollegeTranscript/>";
    }

    /** {@code depth} nested elements in one line, without a DOCTYPE. */
    public static String nested(int depth) {
        return "<CollegeTranscript>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</CollegeTranscript>";
    }

    /** A well-formed document of at least {@code bytes} bytes. */
    public static byte[] ofSize(int bytes) {
        String open = "<CollegeTranscript><NoteMessage>";
        String close = "</NoteMessage></CollegeTranscript>";
        return (open + "x".repeat(Math.max(0, bytes - open.length() - close.length())) + close)
                .getBytes(StandardCharsets.UTF_8);
    }

    public static SourceDocument document(String xml) {
        return document(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static SourceDocument document(byte[] content) {
        return new SourceDocument(content, "application/xml", "hostile.xml");
    }
}
