package org.samverkan.followup.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.ProblemException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.springframework.http.HttpStatus;

/**
 * Reads the dashboard's query parameters: a date that does not parse, or lies outside the years 1900–2200, is a 400,
 * an unknown code or an impossible period a 422, each naming the parameter.
 */
final class QueryParameters {
    static final int MAX_DAYS = 366;
    static final int MAX_MONTHS = 120;
    /** java.time parses years up to ±999999999, but a day or month added to those overflows (a 500 before). */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private QueryParameters() {
    }

    record Range(LocalDate from, LocalDate to) {
    }

    /** Days: to defaults to today, from to 13 days before (two weeks). */
    static Range days(String from, String to, LocalDate today) {
        LocalDate end = to == null ? today : date("to", to);
        LocalDate start = from == null ? end.minusDays(13) : date("from", from);
        return checked(start, end, ChronoUnit.DAYS.between(start, end) + 1, MAX_DAYS, "days");
    }

    /** Months ({@code YYYY-MM} or a date within the month): to defaults to this month, from to 11 months before. */
    static Range months(String from, String to, LocalDate today) {
        YearMonth end = to == null ? YearMonth.from(today) : month("to", to);
        YearMonth start = from == null ? end.minusMonths(11) : month("from", from);
        return checked(start.atDay(1), end.atEndOfMonth(), ChronoUnit.MONTHS.between(start, end) + 1, MAX_MONTHS, "months");
    }

    static Columns columns(String value) {
        Columns columns = Columns.of(value);
        if (columns == null) {
            throw new RuleViolationException("columns", "columns must be targetGroup or language, not '" + value + "'");
        }
        return columns;
    }

    static TrendView.Period period(String value) {
        try {
            return TrendView.Period.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("period", "period must be DAYS or MONTHS, not '" + value + "'");
        }
    }

    /** Unknown area, group or language codes, all at once. */
    static void known(ReferenceData reference, String area, String targetGroup, String language) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        check(reference, ReferenceData.Kind.AREA, "area", area, problems);
        check(reference, ReferenceData.Kind.TARGET_GROUP, "targetGroup", targetGroup, problems);
        check(reference, ReferenceData.Kind.LANGUAGE, "language", language, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.size() == 1 ? problems.getFirst().message() : "Unknown codes", problems);
        }
    }

    private static void check(ReferenceData reference, ReferenceData.Kind kind, String field, String code, List<FieldProblem> problems) {
        if (code != null && !reference.knows(kind, code)) {
            problems.add(new FieldProblem(field, "unknown " + kind.name().toLowerCase().replace('_', ' ') + " '" + code
                    + "' in the reference data of " + reference.municipality()));
        }
    }

    private static Range checked(LocalDate from, LocalDate to, long length, int max, String unit) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("from", "from (" + from + ") is after to (" + to + ")");
        }
        if (length > max) {
            throw new RuleViolationException("from", "a period covers at most " + max + " " + unit + ", this one " + length);
        }
        return new Range(from, to);
    }

    private static LocalDate date(String field, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw badRequest(field, field + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
        return bounded(field, date, value);
    }

    private static YearMonth month(String field, String value) {
        YearMonth month;
        try {
            month = value.length() == 7 ? YearMonth.parse(value) : YearMonth.from(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw badRequest(field, field + " must be a month YYYY-MM or a date YYYY-MM-DD, not '" + value + "'");
        }
        bounded(field, month.atDay(1), value);
        return month;
    }

    private static LocalDate bounded(String field, LocalDate date, String value) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw badRequest(field, field + " must lie between " + EARLIEST + " and " + LATEST + ", not '" + value + "'");
        }
        return date;
    }

    private static ProblemException badRequest(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request", message, List.of(new FieldProblem(field, message)));
    }
}
