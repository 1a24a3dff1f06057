package org.lerhub.mappings.hrcsv;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lerhub.mapping.SourceDocument;

/**
 * Which profile a document asks for. The mapper SPI has no per-connector settings (yet), so a document names its
 * profile itself: by a media type parameter ({@code text/csv; profile=adp-employee-export}), which an upload or a
 * webhook sets, or else by a first line {@code # profile: adp-employee-export}, which a file-drop source can
 * prepend; without either, {@link CsvProfiles#DEFAULT}.
 *
 * @param name        the profile's name
 * @param commentLine whether the first line is a profile comment, to be skipped before the CSV starts
 */
record ProfileChoice(String name, boolean commentLine) {

    private static final Set<String> CSV_TYPES = Set.of("text/csv", "application/csv", "text/comma-separated-values",
            "text/tab-separated-values");
    private static final Pattern COMMENT = Pattern.compile("#\\s*profile\\s*[:=]\\s*\"?([^\"\\s]+)\"?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROFILE_PARAMETER = Pattern.compile("profile\\s*=\\s*\"?([^\";\\s]+)\"?",
            Pattern.CASE_INSENSITIVE);

    static ProfileChoice of(SourceDocument document) {
        Matcher comment = COMMENT.matcher(firstLine(document.head()));
        boolean commentLine = comment.matches();
        String name = parameter(document.mediaType())
                .orElse(commentLine ? comment.group(1) : CsvProfiles.DEFAULT);
        return new ProfileChoice(name.toLowerCase(Locale.ROOT), commentLine);
    }

    /** Whether the transport declared CSV, whatever its parameters. */
    static boolean declaresCsv(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        int parameters = mediaType.indexOf(';');
        String type = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip();
        return CSV_TYPES.contains(type.toLowerCase(Locale.ROOT));
    }

    /** The first line of the text, without its line break. */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static Optional<String> parameter(String mediaType) {
        if (mediaType == null || mediaType.indexOf(';') < 0) {
            return Optional.empty();
        }
        for (String parameter : mediaType.substring(mediaType.indexOf(';') + 1).split(";")) {
            Matcher profile = PROFILE_PARAMETER.matcher(parameter.strip());
            if (profile.matches()) {
                return Optional.of(profile.group(1));
            }
        }
        return Optional.empty();
    }
}
