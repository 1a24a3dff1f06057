package org.lerhub.schema;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skill frameworks issuers align to, recognized by the name they write or the URL they link, so that
 * "O*NET", "ONET-SOC 2019" and an onetonline.org link are one framework with one code.
 */
final class SkillFrameworks {

    /** A framework: its one name, how issuers name it and link to it, and where its code sits in a link. */
    record Known(String name, Pattern names, Pattern hosts, Pattern code) {

        String codeIn(String url) {
            Matcher matcher = code.matcher(url);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static final Known CASE = new Known("CASE",
            Pattern.compile("\\b(CASE|CFItem|(?i:competencies and academic standards exchange))\\b"),
            Pattern.compile("(?i)(^|\\.)(casenetwork\\.imsglobal\\.org|opensalt\\.net)$"),
            Pattern.compile("/CFItems?/(" + UUID + ")"));

    static final List<Known> KNOWN = List.of(
            new Known("O*NET", Pattern.compile("(?i)\\bO\\*?NET\\b"),
                    Pattern.compile("(?i)(^|\\.)(onetonline\\.org|onetcenter\\.org|onetcodeconnector\\.org)$"),
                    Pattern.compile("\\b(\\d{2}-\\d{4}\\.\\d{2}|\\d\\.[A-Z](?:\\.\\d+)?(?:\\.[a-z])?)\\b")),
            new Known("ESCO", Pattern.compile("(?i)\\bESCO\\b"),
                    Pattern.compile("(?i)(^|\\.)(data\\.europa\\.eu|esco\\.ec\\.europa\\.eu)$"),
                    Pattern.compile("/esco/(?:skill|occupation|isco)/([^/?#]+)")),
            new Known("Lightcast", Pattern.compile("(?i)\\b(lightcast|emsi|burning glass)\\b"),
                    Pattern.compile("(?i)(^|\\.)(lightcast\\.io|emsidata\\.com|emsiskills\\.io)$"),
                    Pattern.compile("\\b(K[A-Z0-9]{17,19})\\b")),
            CASE,
            new Known("CTDL", Pattern.compile("(?i)\\b(CTDL|Credential Engine|Credential Finder)\\b"),
                    Pattern.compile("(?i)(^|\\.)(credentialengineregistry\\.org|credentialfinder\\.org)$"),
                    Pattern.compile("\\b(ce-" + UUID + ")")));

    private SkillFrameworks() {
    }

    /**
     * The framework an alignment names, or, when it names none, the one its link points into; null when it is none
     * of the known ones. A framework the issuer names (a college's catalog) is kept even when its link is hosted
     * by a known registry.
     */
    static Known recognize(String framework, String url) {
        if (framework != null) {
            return KNOWN.stream().filter(known -> known.names().matcher(framework).find()).findFirst().orElse(null);
        }
        String host = host(url);
        if (host == null) {
            return null;
        }
        for (Known known : KNOWN) {
            if (known.hosts().matcher(host).find()) {
                return known;
            }
        }
        return url.contains("/CFItems/") ? CASE : null; // a CASE server under any host name
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
