package org.samverkan.registry.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.ProblemException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.registry.imports.ImportReport.Outcome;
import org.samverkan.registry.imports.ImportReport.Row;
import org.samverkan.registry.organization.OrganizationService;
import org.samverkan.registry.organization.RegisterOrganization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Bulk import of a municipality's list. Each row is registered on its own, through the same path as a
 * self-registration (validation, organisation-number claim, similar-name flags, event, audit), so a bad row is
 * reported and skipped and never touches the others; nothing is half-written because each row is one aggregate write.
 */
@Service
class OrganizationImport {
    private static final Logger log = LoggerFactory.getLogger(OrganizationImport.class);
    static final List<String> REQUIRED = List.of("name", "kind");
    private final OrganizationService organizations;
    private final Validator validator;

    private final int maxRows;

    OrganizationImport(OrganizationService organizations, Validator validator,
                       @Value("${samverkan.registry.import.max-rows:2000}") int maxRows) {
        this.organizations = organizations;
        this.validator = validator;
        this.maxRows = maxRows;
    }

    ImportReport run(String text) {
        List<Csv.Line> lines = Csv.read(text);
        if (lines.isEmpty()) {
            throw new RuleViolationException("file", "the file is empty; expected a header row and organisations");
        }
        // Every row is registered and compared by name in the request thread: an import is bounded, split a longer list.
        if (lines.size() - 1 > maxRows) {
            throw new RuleViolationException("file", "the file has " + (lines.size() - 1) + " organisations; at most " + maxRows
                    + " are imported at once, nothing was imported (split the file)");
        }
        Map<String, Integer> columns = header(lines.getFirst());
        List<Row> rows = new ArrayList<>();
        for (Csv.Line line : lines.subList(1, lines.size())) {
            rows.add(row(line, columns));
        }
        ImportReport report = ImportReport.of(rows);
        log.info("Imported organisations: {} created, {} flagged as possible duplicates, {} rejected",
                report.created(), report.flagged(), report.rejected());
        return report;
    }

    private Row row(Csv.Line line, Map<String, Integer> columns) {
        CsvRow row = new CsvRow(columns, line.fields());
        RegisterOrganization registration = row.registration();
        List<FieldProblem> problems = new ArrayList<>(row.problems());
        if (registration != null) {
            validator.validate(registration).forEach(v -> {
                String field = column(v.getPropertyPath().toString());
                if (problems.stream().noneMatch(p -> p.field().equals(field))) { // an unreadable kind is also a null kind
                    problems.add(new FieldProblem(field, v.getMessage()));
                }
            });
        }
        if (!problems.isEmpty()) {
            return rejected(line, problems);
        }
        try {
            OrganizationService.Registration done = organizations.register(registration);
            List<String> similar = done.similarTo();
            return new Row(line.number(), similar.isEmpty() ? Outcome.CREATED : Outcome.FLAGGED_DUPLICATE,
                    done.organization().id(), similar, List.of());
        } catch (ProblemException e) {
            List<FieldProblem> fields = e.fields().isEmpty() ? List.of(new FieldProblem("row", e.getMessage()))
                    : e.fields().stream().map(f -> new FieldProblem(column(f.field()), f.message())).toList();
            return rejected(line, fields);
        } catch (RuntimeException e) {
            log.warn("Import row {} could not be saved: {}", line.number(), e.getClass().getSimpleName());
            return rejected(line, List.of(new FieldProblem("row", "could not be saved; try this row again")));
        }
    }

    private static Map<String, Integer> header(Csv.Line header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.put(header.fields().get(i).strip(), i);
        }
        List<FieldProblem> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(c -> new FieldProblem("header", "missing column '" + c + "'")).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("The header row lacks required columns; nothing was imported", missing);
        }
        return columns;
    }

    /** reach.areas[1] → areas[1]: problems name the CSV column. */
    private static String column(String field) {
        if (field.startsWith("noticeAddress.")) {
            return "notice" + Character.toUpperCase(field.charAt(14)) + field.substring(15); // noticeAddress.sms -> noticeSms
        }
        return field.startsWith("reach.") ? field.substring(6) : field;
    }

    private static Row rejected(Csv.Line line, List<FieldProblem> problems) {
        return new Row(line.number(), Outcome.REJECTED, null, List.of(), problems);
    }
}
