package org.lerhub.mappings.hrcsv;

import java.util.Optional;
import java.util.function.Consumer;
import org.lerhub.mapping.MappingContext;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;

/**
 * HR exports as CSV ("HAPI-style"): an agency maps its employers' HRIS exports without code, by a small YAML
 * profile that says how the file is written and which column holds what (see mappings/README.md, "HR CSV"). Each
 * row becomes one employment record; bad rows become warnings naming the row and column.
 */
public final class HrCsvMapper implements RecordMapper {

    public static final String FORMAT_ID = "hr-csv";
    /** A CSV header with fewer known column names than this could be any table. */
    private static final int KNOWN_COLUMNS_TO_RECOGNIZE = 2;

    private final CsvProfiles profiles;

    /** With the shipped profiles and the operator's directory; the constructor {@link java.util.ServiceLoader} uses. */
    public HrCsvMapper() {
        this(CsvProfiles.standard());
    }

    public HrCsvMapper(CsvProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    /** Declared as CSV, or a first line (after a profile comment) with column names the profile knows. */
    @Override
    public boolean recognizes(SourceDocument document) {
        if (ProfileChoice.declaresCsv(document.mediaType())) {
            return true;
        }
        String head = document.head();
        String start = head.stripLeading();
        if (start.startsWith("<") || start.startsWith("{") || start.startsWith("[")) {
            return false;
        }
        ProfileChoice choice = ProfileChoice.of(document);
        try {
            CsvProfile profile = profiles.find(choice.name()).orElse(profiles.standardProfile());
            String headerLine = ProfileChoice.firstLine(choice.commentLine()
                    ? head.substring(Math.min(head.length(), head.indexOf('\n') + 1)) : head);
            return profile.knownColumns(headerLine) >= KNOWN_COLUMNS_TO_RECOGNIZE;
        } catch (MappingException e) {
            return false;
        }
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        return MappingResult.collected(parts -> map(document, MappingContext.OFFLINE, parts));
    }

    /** Hands over the records of a thousand rows at a time, so an export of any length maps in bounded memory. */
    @Override
    public void map(SourceDocument document, MappingContext context, Consumer<MappingResult> parts)
            throws MappingException {
        ProfileChoice choice = ProfileChoice.of(document);
        Optional<CsvProfile> profile = profiles.find(choice.name());
        if (profile.isEmpty()) {
            throw new MappingException("there is no HR CSV profile '" + choice.name() + "'; name one of the"
                    + " shipped profiles or a file in the profile directory (" + CsvProfiles.DIRECTORY_PROPERTY + ")");
        }
        new HrCsvReading(profile.get(), choice.commentLine()).read(document.content(), parts);
    }
}
