package org.lerhub.mappings.hrcsv;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A profile as its YAML file states it, before {@link CsvProfile#of} checks it; every field may be left out.
 * See mappings/README.md, "HR CSV: write your own profile".
 *
 * @param basisValues how the file writes an earnings basis → the basis ({@code Stundenlohn: HOURLY})
 * @param columns  field name → header name, list of candidate header names, or 1-based position
 * @param defaults field name → the value when the file has no such column or the cell is empty
 */
record ProfileFile(String description, String delimiter, String quote, String encoding, Boolean header,
                   List<String> dateFormats, String listSeparator, String decimalSeparator,
                   List<String> currentValues, Map<String, String> basisValues, Map<String, JsonNode> columns,
                   Map<String, String> defaults) {
}
