package org.lerhub.mappings.hrcsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.schema.LerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * One HR export read with one profile, a row at a time: Jackson CSV parses the rows (quotes, embedded line
 * breaks), the header says where each field is, and each row becomes a record or a warning. The file is streamed;
 * only the records are kept. Use one instance per document.
 */
final class HrCsvReading {

    /** Records handed over together: enough to make a store transaction worthwhile, few enough to stay small. */
    static final int PART_SIZE = 1000;


    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    /** Without one of these, no row can say whom it is about. */
    private static final Set<Field> WHO = Set.of(Field.EMPLOYEE_ID, Field.EMAIL, Field.GIVEN_NAME, Field.FAMILY_NAME,
            Field.FULL_NAME);
    /** Without one of these, no row can say what was held. */
    private static final Set<Field> WHAT = Set.of(Field.POSITION, Field.EMPLOYER);

    /** How far the first line is looked at for its delimiter: no header is longer. */
    private static final int MAX_FIRST_LINE = 1024 * 1024;

    private final CsvProfile profile;
    /** Lines before the CSV starts: the profile comment, if the document has one. */
    private final int linesBefore;
    private final List<String> warnings = new ArrayList<>();
    private Charset charset;

    HrCsvReading(CsvProfile profile, boolean commentLine) {
        this.profile = profile;
        this.linesBefore = commentLine ? 1 : 0;
    }

    /** Reads every row, handing over the records {@value #PART_SIZE} at a time with the warnings so far. */
    void read(byte[] content, Consumer<MappingResult> parts) throws MappingException {
        List<LerRecord> records = new ArrayList<>();
        int rows = 0;
        long mapped = 0;
        CsvText.Decoded decoded = CsvText.open(content, profile.syntax().encoding(), warnings);
        charset = decoded.charset();
        try (BufferedReader text = decoded.reader()) {
            for (int i = 0; i < linesBefore; i++) {
                text.readLine();
            }
            MappingIterator<String[]> lines = CSV.readerFor(String[].class).with(schema(text)).readValues(text);
            Header header = profile.syntax().header() ? header(lines) : Header.none();
            Map<Field, Integer> columns = columns(header);
            RowMapper mapper = new RowMapper(profile, warnings);
            while (lines.hasNextValue()) {
                int line = linesBefore + lines.currentLocation().getLineNr();
                Row row = new Row(lines.nextValue(), line, header, columns, profile.defaults(), warnings);
                if (!row.isEmpty()) {
                    rows++;
                    mapper.map(row).ifPresent(records::add);
                }
                if (records.size() == PART_SIZE) {
                    mapped += handOver(records, parts);
                }
            }
        } catch (JacksonException e) {
            throw unreadable(e, e.getLocation());
        } catch (IOException e) {
            throw unreadable(e, null);
        }
        if (mapped + records.size() == 0) {
            throw new MappingException(rows == 0 ? "the file has no data rows: there is nothing to map"
                    : "none of the " + rows + " rows gives a record (profile '" + profile.name() + "'); "
                    + String.join("; ", warnings.subList(0, Math.min(3, warnings.size()))));
        }
        handOver(records, parts);
    }

    private int handOver(List<LerRecord> records, Consumer<MappingResult> parts) {
        int count = records.size();
        parts.accept(new MappingResult(records, warnings, List.of()));
        records.clear();
        warnings.clear();
        return count;
    }

    /** The profile's delimiter and quote; a delimiter left to the file is the one its first line uses most. */
    private CsvSchema schema(BufferedReader text) throws IOException {
        text.mark(MAX_FIRST_LINE);
        String firstLine = text.readLine();
        text.reset();
        return CsvSchema.emptySchema()
                .withColumnSeparator(profile.syntax().delimiterFor(firstLine == null ? "" : firstLine))
                .withQuoteChar(profile.syntax().quote());
    }

    private Header header(MappingIterator<String[]> lines) throws MappingException {
        while (lines.hasNextValue()) {
            String[] row = lines.nextValue();
            if (row.length > 0 && !(row.length == 1 && row[0].isBlank())) {
                return Header.of(row);
            }
        }
        throw new MappingException("the file is empty: not even a header row");
    }

    /**
     * Where each field of the profile is in this file. A column the profile names alone and the header lacks is
     * worth a warning (a misspelt profile, a changed export); a file with no column for who or for what is no
     * export this profile reads.
     */
    private Map<Field, Integer> columns(Header header) throws MappingException {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        profile.columns().forEach((field, ref) -> {
            OptionalInt index = ref.in(header);
            if (index.isPresent()) {
                columns.put(field, index.getAsInt());
            } else if (ref.expected()) {
                warnings.add("the header has no column '" + ref + "' (" + field.profileName() + " in profile '"
                        + profile.name() + "')");
            }
        });
        for (Set<Field> needed : List.of(WHO, WHAT)) {
            if (needed.stream().noneMatch(field -> columns.containsKey(field) || profile.defaults().containsKey(field))) {
                throw new MappingException("the file has no column profile '" + profile.name() + "' takes for "
                        + (needed == WHO ? "the employee" : "the position or the employer") + " (it looks for "
                        + lookedFor(needed) + ")");
            }
        }
        return columns;
    }

    private String lookedFor(Set<Field> fields) {
        List<String> names = new ArrayList<>();
        profile.columns().forEach((field, ref) -> {
            if (fields.contains(field)) {
                names.add(ref.toString());
            }
        });
        return names.isEmpty() ? "no such column: the profile maps none" : String.join(" or ", names);
    }

    /**
     * A syntax error (a quote never closed), with its line, or bytes the encoding does not have. The decoder reads
     * ahead of the parser, so a line would only say how far the parser had got: the encoding is what to fix.
     */
    private MappingException unreadable(Exception e, TokenStreamLocation at) {
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            return new MappingException("the file is not valid " + charset.name() + " text; set the encoding of"
                    + " profile '" + profile.name() + "' to the file's", e);
        }
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + (linesBefore + at.getLineNr());
        String reason = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        return new MappingException("the file is not valid CSV" + where + ": " + reason, e);
    }
}
