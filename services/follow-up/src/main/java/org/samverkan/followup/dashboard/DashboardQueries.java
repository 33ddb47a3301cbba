package org.samverkan.followup.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.samverkan.followup.dashboard.Coverage.Codes;
import org.samverkan.followup.dashboard.TrendView.Period;
import org.samverkan.reference.Area;
import org.samverkan.reference.Language;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.Term;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The equality dashboard's answers, computed from the live generation's facts. Days and months are the
 * municipality's calendar days ({@code samverkan.followup.dashboard.zone}, default Europe/Stockholm); a date range is
 * inclusive at both ends. Public for the report loop.
 */
@Component
public class DashboardQueries {
    private final FactsCache cache;
    private final Generations generations;
    private final Timelines timelines;
    private final Codes codes;
    private final ReferenceData reference;
    private final ZoneId zone;
    private final Clock clock;

    DashboardQueries(FactsCache cache, Generations generations, Timelines timelines, ReferenceData reference,
                     @Value("${samverkan.followup.dashboard.zone:Europe/Stockholm}") ZoneId zone, ObjectProvider<Clock> clock) {
        this.cache = cache;
        this.generations = generations;
        this.timelines = timelines;
        this.codes = new Codes(reference.areas().stream().map(Area::code).toList(),
                reference.targetGroups().stream().map(Term::code).toList(),
                reference.languages().stream().map(Language::tag).toList());
        this.reference = reference;
        this.zone = zone;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public MatrixView matrix(Columns columns, LocalDate from, LocalDate to) {
        Figures figures = new Figures(facts(), codes);
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        Instant now = clock.instant();
        Map<String, Tally> cells = figures.count(start, end, now, columns == Columns.LANGUAGE ? new Axis.ByLanguage() : new Axis.ByGroup());
        Map<String, Tally> totals = figures.count(start, end, now, new Axis.ByArea());
        List<String> columnCodes = columns == Columns.LANGUAGE ? codes.languages() : codes.groups();
        List<MatrixView.Cell> matrix = new ArrayList<>();
        for (String area : codes.areas()) {
            for (String column : columnCodes) {
                matrix.add(new MatrixView.Cell(area, column, metrics(cells, Axis.key(area, column))));
            }
        }
        List<MatrixView.AreaTotal> areaTotals = codes.areas().stream()
                .map(a -> new MatrixView.AreaTotal(a, metrics(totals, Axis.key(a, "")))).toList();
        return new MatrixView(from, to, columns.parameter(), codes.areas(), columnCodes, matrix, areaTotals);
    }

    /**
     * People reported reached (relay reports) per area × language against the estimated speakers there, for the
     * reference data's areas and languages in their order: a language appears in an area where the reference data
     * gives it a share or where a relay reported people in it. Never a need or a capacity figure: people, not things.
     *
     * @param area, language, incident optional filters ({@code null}: all)
     */
    public ReachShareView reachShare(LocalDate from, LocalDate to, String area, String language, String incident) {
        Map<String, Long> reached = new Figures(facts(), codes).peopleRelayed(startOf(from), startOf(to.plusDays(1)), incident);
        List<ReachShareView.Row> rows = new ArrayList<>();
        for (Area a : reference.areas()) {
            if (area != null && !area.equals(a.code())) {
                continue;
            }
            for (String tag : codes.languages()) {
                long people = reached.getOrDefault(Axis.key(a.code(), tag), 0L);
                if ((language != null && !language.equals(tag)) || (a.languageShares().getOrDefault(tag, 0.0) <= 0 && people == 0)) {
                    continue;
                }
                Long speakers = estimatedSpeakers(a, tag);
                Double share = speakers == null ? null : Math.round(1000.0 * people / speakers) / 1000.0;
                rows.add(new ReachShareView.Row(a.code(), tag, speakers, people, share));
            }
        }
        return new ReachShareView(from, to, incident, rows);
    }

    /**
     * Population × share, to the nearest ten: the shares are planning estimates, and a figure to the person would
     * promise a precision they do not have. Null without a population or share, or when it rounds to none — so a
     * share is never divided by zero.
     */
    static Long estimatedSpeakers(Area area, String language) {
        Double share = area.languageShares().get(language);
        if (share == null || area.population() <= 0) {
            return null;
        }
        long tens = Math.round(area.population() * share / 10.0) * 10;
        return tens == 0 ? null : tens;
    }

    /** Per-area figures for a period, as the matrix's area totals. */
    public List<MatrixView.AreaTotal> areaTotals(LocalDate from, LocalDate to) {
        return matrix(Columns.TARGET_GROUP, from, to).areaTotals();
    }

    /** @param area, targetGroup, language optional filters ({@code null}: all) */
    public TrendView trend(Period period, LocalDate from, LocalDate to, String area, String targetGroup, String language) {
        Figures figures = new Figures(facts(), codes);
        Axis slice = new Axis.Slice(area, targetGroup, language);
        List<TrendView.Point> points = new ArrayList<>();
        if (period == Period.DAYS) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                points.add(point(figures, slice, day.toString(), day, day.plusDays(1)));
            }
        } else {
            for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                points.add(point(figures, slice, month.toString(), month.atDay(1), month.plusMonths(1).atDay(1)));
            }
        }
        return new TrendView(period, area, targetGroup, language, points);
    }

    /**
     * Organisations that contributed in a period: reported observations or rumours, acknowledged or relayed notices,
     * registered offers or delivered on commitments.
     */
    public Set<String> contributingOrganizations(LocalDate from, LocalDate to) {
        Facts facts = facts();
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        Set<String> contributors = new TreeSet<>();
        Map<Kind, Set<String>> contributions = Map.of(Kind.OBSERVATIONS, Set.of("ObservationReported"),
                Kind.RUMOURS, Set.of("RumourReported"), Kind.DELIVERIES, Set.of("NoticeAcknowledged", "NoticeRelayed"),
                Kind.OFFERS, Set.of("OfferRegistered"), Kind.COMMITMENTS, Set.of("CommitmentDelivered"));
        contributions.forEach((kind, types) -> facts.of(kind).forEach(t -> t.states().stream()
                .filter(f -> f.org() != null && types.contains(f.type()) && Figures.within(f, start, end))
                .forEach(f -> contributors.add(f.org()))));
        return contributors;
    }

    /** Whether the registry's topic has told the dashboard of this organisation (in the live generation). */
    public boolean knowsOrganization(String organizationId) {
        return facts().organization(organizationId) != null;
    }

    /**
     * The organisation's newest fact from the registry's topic as the store holds it at this moment, not as the cached
     * reading of {@link #facts()} (up to {@code max-staleness} old) has it: for decisions that must follow a suspension
     * as soon as it has been consumed. Empty if the topic has not told follow-up of the organisation.
     */
    public Optional<Fact> organizationNow(String organizationId) {
        Timeline timeline = timelines.find(generations.live(), Kind.ORGANIZATIONS, organizationId);
        return timeline == null ? Optional.empty() : timeline.latest();
    }

    /** Today in the municipality's calendar, the default end of every period. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The live generation's facts (see {@link FactsCache}); the reach follow-up reads them too. */
    public Facts facts() {
        return cache.facts(generations.live());
    }

    private TrendView.Point point(Figures figures, Axis slice, String bucket, LocalDate first, LocalDate next) {
        return new TrendView.Point(bucket, metrics(figures.count(startOf(first), startOf(next), clock.instant(), slice),
                Axis.Slice.TOTAL));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static Metrics metrics(Map<String, Tally> cells, String key) {
        Tally t = cells.get(key);
        return t == null ? Metrics.NONE : t.metrics();
    }
}
