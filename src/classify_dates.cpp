// The dates of the metadata phase of classify() (classify_meta.cpp): the dates of a date line or a byline, a post's
// line of facts, the sentence a blog files its post with, the day opening the text's first paragraph, the date under
// the text's end, the order of day and month the page's dates prove, and the date under the headline.
#include "classify.hpp"
#include "meta_parts.hpp"
#include "page.hpp"

#include "bylines.hpp"
#include "dates.hpp"
#include "dates_parts.hpp"
#include "prepositioned_dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <utility>
#include <vector>

namespace archive {

// The dates of a date line or a byline: the first line of the article giving a date gives the record's, unless a
// later line labels an earlier day as the publication's ("FIT — 02.01.23 09:51" / "Veröffentlicht: 26.12.2022",
// "Publié le ..."): the unlabelled date was a revision's (a page is published before it is revised). A later labelled
// day is left alone: it is more often an embedded post's ("Posted by ... on February 7") than the article's.
// `labelled` tells whether the record's date came with such a label. A day before the web's first pages (1991) is
// no page's publication: an encyclopaedia's table of facts ("• Dominion" / "14 August 1912"), a history's event.
namespace {

// "Stand: 7.12.2026", "Stand vom 7. Dezember 2026": the line opens with a label of lexicon section state_date_labels,
// its colon or a space after it.
bool state_labelled(std::string_view line) {
    static const LexiconSection& labels = any_language_section("state_date_labels"); // (merged once)
    const std::size_t longest = 12;
    const std::string low = text::lower(line.substr(0, longest));
    return std::any_of(labels.entries.begin(), labels.entries.end(), [&low](std::string_view l) {
        return low.size() > l.size() && low.starts_with(l) && (low[l.size()] == ':' || low[l.size()] == ' ');
    });
}

} // namespace

void take_dates(const DateLine& d, const std::string& line, Article& a, bool& labelled) {
    const std::string_view first_web_year = "1991";
    auto of_the_web = [first_web_year](const std::optional<std::string>& iso) {
        return iso && iso->substr(0, first_web_year.size()) >= first_web_year;
    };
    if (of_the_web(d.published) && (!a.published || (d.published_labelled && !labelled &&
                                          d.published->substr(0, 10) < a.published->substr(0, 10)))) {
        a.published = d.published;
        labelled = d.published_labelled;
    }
    if (!a.updated && of_the_web(d.updated))
        a.updated = d.updated;
    // "7. Dezember 2026, 9:12 Uhr" / "Stand: 7.12.2026, 14:05 Uhr": a live ticker's state under the day it was
    // published is its last revision (lexicon section state_date_labels); alone, it is the page's date, as above.
    else if (!a.updated && a.published && of_the_web(d.published) && !d.published_labelled &&
             *a.published < *d.published && state_labelled(line))
        a.updated = d.published;
    if (d.relative)
        a.warnings.push_back("relative date left unresolved: " + line);
}

// The fact of a line of facts from `from` to the next of the `cuts` (or to the line's end), `from` moved past that cut.
std::string_view next_fact(std::string_view line, std::size_t& from, std::span<const std::string_view> cuts) {
    std::size_t to = line.size(), cut_len = 0;
    for (std::string_view cut : cuts)
        if (std::size_t at = line.find(cut, from); at != std::string_view::npos && at < to)
            to = at, cut_len = cut.size();
    const std::string_view fact = line.substr(from, to - from);
    from = to + cut_len;
    return fact;
}

// "Veröffentlicht: 05.01.2020 | Autor: Jane Roe | Abgelegt unter: Fotografie", "January 13, 2020 at 08:45 AM |
// categories: Python | 3 Comments", "6. Dezember 2022 von Jane in Kultur, Reisen": a post's line of facts, too many
// words for a date line, whose date is the post's. Its facts are cut apart by bars or bullets, one of them a date line
// of its own; or it opens with the date, a byline word ("von", "by", "par", "por", "di") right after it. Nothing when
// the line is no such line.
std::optional<DateLine> post_facts_dates(std::string_view line, std::string_view language, DayOrder order) {
    std::optional<DateLine> facts; // (the dates of all the facts that are date lines: "Publié ... • Mis à jour ...")
    std::size_t from = 0;
    while (from < line.size()) {
        const std::string_view fact = next_fact(line, from, post_fact_cuts);
        if (fact.size() == line.size())
            break; // (no cut: the line is one piece, read as a whole already)
        DateLine d = read_dates(fact, language, order);
        if (d.is_date_line && (d.published || d.updated)) {
            if (!facts) {
                facts = d;
                facts->rest.clear();
            } else {
                if (!facts->published) {
                    facts->published = d.published;
                    facts->published_labelled = d.published_labelled;
                }
                if (!facts->updated)
                    facts->updated = d.updated;
            }
        }
    }
    if (facts)
        return facts;
    // ("Posted on 3 March 2021 by Jane Roe in News": the date's label may open the line; "am 3. März 2021 von Anna
    // in Reisen": the preposition of the day.)
    auto lead = leading_date(line, language);
    if (!lead)
        lead = labelled_leading_date(line, language);
    if (!lead)
        lead = prepositioned_leading_date(line, language);
    if (lead) {
        // "05.02.2021 - Von Jane Roe, Sprecherin des Vereins", "12 mars 2021 - Rédaction : Jeanne Roe (service
        // presse)": a dash between the date and the byline or its label.
        if (byline_after_date(line, lead->end)) {
            DateLine d = read_dates(line, language, order);
            d.is_date_line = true;
            d.rest.clear();
            return d;
        }
    }
    return std::nullopt;
}

bool opens_with_dated_fact(std::string_view line, std::string_view language, DayOrder order) {
    const std::size_t bar = line.find(" | ");
    if (bar == std::string_view::npos)
        return false;
    // The fact opens with a byline's word, the date or its label ("The council met on 3 March 2021 | ..." is a
    // sentence).
    const std::string_view fact = line.substr(0, bar);
    std::size_t at = 0;
    const std::string first_word = text::lower(text::next_token(fact, at));
    if (!any_language_has("byline", first_word) && !leading_date(fact, language)) {
        const std::string lowered = text::lower(fact);
        const auto words = text::split_ws(lowered, 4);
        if (!opens_with_date_label(words))
            return false;
    }
    const DateLine first = read_dates(fact, language, order);
    return first.is_date_line && (first.published || first.updated);
}

// "Jane Roe says:" / "March 3, 2021 at 4:11 am", "(31.10.2007)" / "Harbour fees rise" / "(12.09.2007)", "Read more »"
// / "22. Juni 2022" / "Solar" / "New pier opens" / "Read more »" / "20. Juni 2022": the date line at `i` signs a
// comment (the line over it ends with a colon) or stands in a list of dated teasers, references or comments (a line
// a few lines from it holds a date too, "12.03.21" with a year of two digits as well).
bool dated_list(const Page& p, std::size_t i) {
    const std::size_t near = 5;
    const std::vector<Block>& blocks = p.blocks;
    if (i > 0 && blocks[i - 1].text.ends_with(':'))
        return true;
    for (std::size_t k = i > near ? i - near : 0; k < blocks.size() && k <= i + near; ++k)
        if (k != i && blocks[k].digits >= 4 && read_dates(blocks[k].text, p.language, p.day_order).published)
            return true;
    return false;
}

// "This entry was posted on Monday, May 3rd, 2021 at 10:15 am and is filed under Boats.", "Der Beitrag wurde am 3. Mai
// 2021 um 10:15 Uhr veröffentlicht und unter Hafen abgelegt.": the sentence a blog prints over or under its post, the
// day it was posted and the categories it was filed under (a word of the lexicon's post_filing_words), too long for a
// date line, anywhere on the page (in a side column too). Its day is the post's, when the page prints one such
// sentence only (a list of posts prints one for each). (Asked only when no date line gave the day.)
void filing_sentence_date(Page& p, DayOrder order, bool& labelled) {
    const int most_words = 80;
    static const LexiconSection& filing = any_language_section("post_filing_words"); // (merged once)
    std::size_t found = p.blocks.size();
    std::optional<DateLine> day;
    for (std::size_t i = 0; i < p.blocks.size(); ++i) {
        const Block& b = p.blocks[i];
        if (p.role[i] != Role::none || b.digits < 4 || b.words > most_words)
            continue;
        const auto words = b.lower_words();
        if (std::none_of(words.begin(), words.end(), [](std::string_view w) { return filing.has(w); }))
            continue;
        DateLine d = read_dates(b.text, p.language, order);
        if (!d.published)
            continue;
        if (day)
            return; // (a second post's)
        found = i;
        day = std::move(d);
    }
    if (!day)
        return;
    p.role[found] = Role::date;
    take_dates(*day, p.blocks[found].text, p.article, labelled);
}

namespace {

// "Pressemitteilung vom 3. März 2021 | Kiel – Die Fähre ...", "Published 3 May 2021 – The ...", "Communiqué de presse
// du 3 mars 2021 | Paris – ...": a paragraph opening with a head of its own, a publication's label and the day (nothing
// after it), set off from the text by a bar or a dash: the day. ("Konzert am 3. Mai 2021 – Die Band ..." names no
// publication: its label is none of the lexicon's.)
std::optional<std::string> labelled_head_date(std::string_view line, std::string_view language, DayOrder order) {
    static constexpr std::string_view cuts[] = {" | ", " – ", " — ", " - "};
    // (A label and a day fill a few words: the cut is looked for near the line's start only, and a head without a
    // figure is no day.)
    const std::size_t most_head_bytes = 80;
    const std::string_view start = line.substr(0, most_head_bytes + 4);
    // (the first of the cuts, each a space and a mark opening with '|', '-' or 0xE2: the spaces are passed once and
    // the byte after each read, not each cut searched for, a search that stopped at every space of a paragraph)
    std::size_t at = std::string_view::npos;
    for (std::size_t k = start.find(' '); k != std::string_view::npos && k + 1 < start.size();
         k = start.find(' ', k + 1)) {
        const char mark = start[k + 1];
        if ((mark == '|' || mark == '-' || mark == '\xE2') &&
            std::any_of(cuts, cuts + 4, [&](std::string_view cut) { return start.compare(k, cut.size(), cut) == 0; })) {
            at = k;
            break;
        }
    }
    if (at == std::string_view::npos || at > most_head_bytes)
        return std::nullopt;
    const std::string_view head = line.substr(0, at);
    if (!text::has_ascii_digit(head))
        return std::nullopt;
    const DateLine d = read_dates(head, language, order);
    // (read_dates() keeps the rest of a date line from its first word that is no label: a head whose day closes it
    // has none.)
    if (!d.is_date_line || !d.published_labelled || d.updated || !d.rest.empty())
        return std::nullopt;
    return d.published;
}

} // namespace

namespace {

// "WASHINGTON, 4 déc 2026 (AFP) - Les ...", "Kiel, 3. Dezember 2026 (dpa) - Die ...": the day, with its year, after
// the place's comma in an agency's dateline opening the text (dateline_tag()); nothing for any other line.
std::optional<std::string> agency_dateline_day(std::string_view line, std::string_view language) {
    // (A dateline's place closes on its comma within a few words: most lines are settled by the byte search.)
    const std::size_t most_place = 40;
    const std::size_t comma = line.substr(0, most_place).find(", ");
    if (comma == std::string_view::npos || line.find(" (", comma) == std::string_view::npos)
        return std::nullopt;
    const auto tag = dateline_tag(line);
    if (!tag || tag->agencies.empty() || tag->place.empty())
        return std::nullopt;
    const std::string_view raw = tag->raw;
    const std::size_t raw_comma = raw.find(", "), open = raw.find(" (");
    if (raw_comma == std::string_view::npos || open == std::string_view::npos || raw_comma > open)
        return std::nullopt;
    const std::size_t iso_day = 10; // "2026-12-04": a day with its year
    auto lead = leading_date(raw.substr(raw_comma + 2, open - raw_comma - 2), language);
    if (!lead || lead->iso.size() < iso_day)
        return std::nullopt;
    return lead->iso;
}

} // namespace

// "19.10.2021, 15:30 Uhr Am Hafen ...", "(21. November 2022) Die Fähre ...", "3 mars 2021 – Le port ...": the text's
// first paragraph opens with its day, given a time, put in parentheses or set off by a dash; or a paragraph over the
// text's end opens with a labelled day set off so (labelled_head_date()). A sentence naming a day, "3. März 2021 war
// ein Sonntag", is not read. Asked only of a page that printed no date elsewhere.
void opening_paragraph_date(Page& p, std::size_t rs, std::size_t re) {
    const int paragraph_words = 12;
    for (std::size_t i = rs; i <= re && i < p.blocks.size(); ++i) {
        const Block& b = p.blocks[i];
        if (p.role[i] != Role::none || b.words <= paragraph_words)
            continue;
        std::string_view line = b.text;
        const bool bracket = line.starts_with('(');
        auto lead = leading_date(bracket ? line.substr(1) : line, p.language);
        if (!lead) {
            if (auto day = agency_dateline_day(line, p.language)) {
                p.article.published = std::move(*day);
                return;
            }
            break;
        }
        std::string_view after = line.substr(std::min(line.size(), lead->end + (bracket ? 1 : 0)));
        const bool timed = lead->iso.size() > 10;
        const bool set_off = (bracket && after.starts_with(')')) || after.starts_with("- ") ||
                             after.starts_with("–") || after.starts_with("—");
        if (timed || set_off)
            p.article.published = lead->iso;
        return; // (only the first paragraph)
    }
    // A labelled head: the first paragraph over the text's end opening with one, in the text or over it (a press
    // release's first paragraph may be left over the text, its head taken for the site's).
    for (std::size_t i = 0; i <= re && i < p.blocks.size(); ++i) {
        const Block& b = p.blocks[i];
        if (!(p.role[i] == Role::none || p.role[i] == Role::boilerplate) || b.words <= paragraph_words ||
            b.digits < 4)
            continue;
        if (auto day = labelled_head_date(b.text, p.language, p.day_order)) {
            p.article.published = day;
            return;
        }
    }
}

// "... the last sentence of the text." / "Download: mp3 (30 MB)" / "Veröffentlicht am 16.08.2019": a page printing no
// date over the text may print it under its end, among the lines that close it ("Rubrik: ...", "Datum: ...", "Author:
// Jane Roe am 29.12.2010", "Written by Jane Roe on April 29, 2018"). The first date line a few lines after the region
// gives the record's date (a revision's line before it gives `updated`); a labelled one ("Erschienen am:",
// "Published:") or a byline's further down too, past a list of tags or related links. (Asked only when the region
// gave no date: the date over the text is the article's.)
void closing_date(Page& p, std::size_t re, DayOrder order, bool& labelled) {
    const std::size_t near_lines = 12, labelled_lines = 25;
    const std::vector<Block>& blocks = p.blocks;
    bool past_terminator = false; // ("12 comments", "Related articles": the lines under it are no longer the article's)
    for (std::size_t i = re + 1; i < blocks.size() && i <= re + labelled_lines; ++i) {
        const Block& b = blocks[i];
        past_terminator = past_terminator || (i > re + 1 && p.terminator[i - 1]);
        if (b.digits == 0 || b.words > 30 || (p.role[i] != Role::none && p.role[i] != Role::byline))
            continue;
        DateLine d = read_dates(b.text, p.language, order);
        if (!d.published && !d.updated)
            continue;
        // "Enregistré depuis lemonde.fr le 6 décembre 2026", "Saved from example.com on December 6, 2026": the day a
        // reader saved or printed the page, under a read-later view's text, dates no article.
        if (print_stamp(b.lower)) {
            if (p.role[i] == Role::none)
                p.role[i] = Role::boilerplate;
            continue;
        }
        // (may_be_byline() is false only where byline_authors() finds nothing: most lines are settled by it.)
        bool byline = p.role[i] == Role::byline || (may_be_byline(b) && byline_authors(b.text, p.language).has_value());
        // "Dezember 26, 2019 von Jane Kategorien: Allgemein | Hinterlasse einen Kommentar": a post's line of facts
        // signs the post as a byline does.
        if (!d.is_date_line && !byline)
            if (auto facts = post_facts_dates(b.text, p.language, order);
                facts && (facts->published || facts->updated)) {
                d = *facts;
                byline = true;
            }
        if (!(d.is_date_line || byline))
            continue;
        // "Aktualisiert am 17.01.2021": a revision's day, labelled; the day of publication may follow it.
        if (!d.published) {
            if (!p.article.updated && (d.is_date_line || byline)) {
                p.article.updated = d.updated;
                if (p.role[i] == Role::none)
                    p.role[i] = Role::date;
            }
            continue;
        }
        // "17.03.21" / "Filed in: News, Harbour": the post's box of facts, its day over the categories it was filed
        // in (a word of the lexicon's post_filing_words opening the next line), as far down as a labelled day.
        const bool filed = i + 1 < blocks.size() && [&] {
            const auto words = blocks[i + 1].lower_words();
            return !words.empty() && any_language_has("post_filing_words", words[0].substr(0, words[0].find(':')));
        }();
        // (An unlabelled date far under the text, or in a list of dates, is a teaser's or a comment's; a pair of
        // dates glued together, "15/01/201614/01/2016", is the post's own, past the links that close its text too.)
        if (!d.published_labelled && !byline && !glued_date_pair(b.text) &&
            (dated_list(p, i) || (!filed && (i > re + near_lines || past_terminator))))
            return;
        if (p.role[i] == Role::none)
            p.role[i] = Role::date;
        take_dates(d, b.text, p.article, labelled);
        return;
    }
}

void closing_labelled_dates(Page& p, std::size_t rs, std::size_t re, DayOrder order, bool labelled) {
    const std::size_t text_lines = 3, under_lines = 12;
    const int most_words = 12;    // a label, its fillers, a date and a time
    const int fewest_digits = 4;  // a day of numbers or a year
    const std::vector<Block>& blocks = p.blocks;
    Article& a = p.article;
    // (The lines of facts a date line is: a label, a date, a time; nothing else on them. The one of publication
    // first, then the update's line right over or under it.)
    std::size_t published_at = blocks.size();
    DateLine published;
    auto date_fact = [&](std::size_t i) -> std::optional<DateLine> {
        const Block& b = blocks[i];
        // (A date line of the region's last lines may have been read already, as the head's date lines are.)
        if ((p.role[i] != Role::none && p.role[i] != Role::date) || b.digits < fewest_digits || b.words > most_words)
            return std::nullopt;
        DateLine d = read_dates(b.text, p.language, order);
        if (!d.is_date_line || !d.rest.empty())
            return std::nullopt;
        return d;
    };
    const std::size_t from = re >= rs + text_lines ? re + 1 - text_lines : rs;
    for (std::size_t i = from; i < blocks.size() && i <= re + under_lines; ++i) {
        if (i > re + 1 && p.terminator[i - 1])
            break;
        if (auto d = date_fact(i); d && d->published && d->published_labelled) {
            published_at = i;
            published = std::move(*d);
            break;
        }
    }
    if (published_at == blocks.size())
        return;
    const std::string& day = *published.published;
    // (Two dates of a day compared: by their day, and by their time when both print one.)
    const auto earlier = [](const std::string& x, const std::string& y) {
        return x.size() == y.size() ? x < y : x.substr(0, 10) < y.substr(0, 10);
    };
    if (!a.published) {
        a.published = day;
    } else if (!labelled && earlier(day, *a.published)) {
        // "05.12.2026 - 14:32 Uhr" over the text, "Erstpublikation: 05.12.2026, 11:05 Uhr" under it: the head's
        // unlabelled date was the revision's.
        if (!a.updated)
            a.updated = a.published;
        a.published = day;
    } else if (*a.published != day) {
        return; // (a later labelled day under the text: an embedded post's, a teaser's)
    }
    // (A line left with no role would be read as the text's; one read as a date line already keeps its role.)
    if (p.role[published_at] == Role::none)
        p.role[published_at] = Role::boilerplate;
    if (published.updated && (!a.updated || earlier(*a.updated, *published.updated)))
        a.updated = published.updated;
    for (const std::size_t k : {published_at - 1, published_at + 1}) {
        if (k >= blocks.size()) // (published_at - 1 wraps past the end when it is 0)
            continue;
        const auto d = date_fact(k);
        if (!d || d->published || !d->updated)
            continue;
        if (!earlier(*d->updated, *a.published) && (!a.updated || earlier(*a.updated, *d->updated)))
            a.updated = d->updated;
        if (p.role[k] == Role::none)
            p.role[k] = Role::boilerplate;
    }
}

// "051634 DEC 26" (AFP: day, hour and minute, month, year), "051423 Dez 26" (dpa), "05-DIC-26 13:41" (ANSA): a
// wire's transmission stamp, the whole line, the month a word of any language (month_of()); the ISO day and time.
std::optional<std::string> wire_stamp(std::string_view line, std::string_view language) {
    const std::size_t shortest = 13, longest = 17; // "051634 DEC 26", "05-DIC-26 13:41", "051423 Mär 26"
    line = text::trim(line);
    if (line.size() < shortest || line.size() > longest || line[0] < '0' || line[0] > '9')
        return std::nullopt;
    // (Figures of a fixed width: -1 for anything else, or past the most.)
    auto number = [](std::string_view f, int most) -> int {
        int v = 0;
        for (char c : f) {
            if (c < '0' || c > '9')
                return -1;
            v = v * 10 + (c - '0');
        }
        return v <= most ? v : -1;
    };
    const std::size_t space = line.find(' '), last_space = line.rfind(' ');
    int day = -1, hour = -1, minute = -1, year = -1;
    std::string_view month;
    if (space == 6 && last_space + 3 == line.size() && last_space > space + 1) {
        // "051634 DEC 26"
        day = number(line.substr(0, 2), 31), hour = number(line.substr(2, 2), 23);
        minute = number(line.substr(4, 2), 59), year = number(line.substr(last_space + 1), 99);
        month = line.substr(space + 1, last_space - space - 1);
    } else if (space != std::string_view::npos && space == last_space && space + 6 == line.size() && line[2] == '-' &&
               line[space - 3] == '-' && line[space + 3] == ':') {
        // "05-DIC-26 13:41"
        day = number(line.substr(0, 2), 31), year = number(line.substr(space - 2, 2), 99);
        hour = number(line.substr(space + 1, 2), 23), minute = number(line.substr(space + 4, 2), 59);
        month = line.substr(3, space - 6);
    } else {
        return std::nullopt;
    }
    if (day < 1 || hour < 0 || minute < 0 || year < 0 || month.empty())
        return std::nullopt;
    const int m = dating::month_of(text::lower(month), language);
    if (m == 0)
        return std::nullopt;
    char iso[32];
    std::snprintf(iso, sizeof iso, "20%02d-%02d-%02dT%02d:%02d", year, m, day, hour, minute);
    return std::string(iso);
}

// "... (AFP) ..." / "far-bpa/jm/dch" / "AFP" / "051634 DEC 26": the stamp stands alone among the page's last lines,
// under the text's end (the region ends at `re`), after the agency's tag or its signature codes. It gives the day
// published when the page printed none, and its time to a day printed without one (the dateline's "5 déc 2026").
void wire_stamp_date(Page& p, std::size_t re) {
    const std::size_t last_lines = 4;
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    Article& a = p.article;
    if (a.published && a.published->size() > 10)
        return;
    for (std::size_t i = n > last_lines ? n - last_lines : 0; i < n; ++i) {
        const Block& b = blocks[i];
        // (A stamp is two or three tokens of thirteen or fifteen bytes, four figures at least.)
        if (i <= re || b.digits < 4 || b.words > 3 || (p.role[i] != Role::none && p.role[i] != Role::boilerplate))
            continue;
        const auto stamp = wire_stamp(b.text, p.language);
        if (!stamp)
            continue;
        if (a.published && a.published->substr(0, 10) != stamp->substr(0, 10))
            return;
        a.published = *stamp;
        return;
    }
}

// "... the last sentence of the text." / "Notícia actualizada às 18h20", "Aggiornato alle 19:05", "Aktualisiert am
// 24.11.2026 um 18:20 Uhr": a page dated over its text may print its revision under the text's end, the update's
// label opening the line, with a time alone (on the day published) or a whole date. The first such line among the
// few lines right under the region that ends at `re` gives `updated`, when no revision was read over the text.
void closing_update(Page& p, std::size_t re, DayOrder order) {
    const std::size_t most_lines = 3;
    const int most_words = 12; // a label, its fillers, a date and a time
    Article& a = p.article;
    if (a.updated || !a.published || a.published->size() < 10)
        return;
    const std::vector<Block>& blocks = p.blocks;
    for (std::size_t i = re + 1; i < blocks.size() && i <= re + most_lines; ++i) {
        const Block& b = blocks[i];
        if (p.role[i] != Role::none || b.digits == 0 || b.words > most_words)
            continue;
        std::optional<std::string> updated;
        if (auto time = update_time_alone(b.text)) {
            updated = a.published->substr(0, 10) + *time;
        } else {
            const DateLine d = read_dates(b.text, p.language, order);
            if (d.is_date_line && d.updated && !d.published && d.rest.empty())
                updated = d.updated;
        }
        if (!updated || *updated < *a.published)
            continue;
        // (The line keeps no role: a date line under the text would sign the lines over it as a title's date does.)
        a.updated = std::move(updated);
        return;
    }
}

namespace {

// The days from 1970-01-01 to the day of an ISO 8601 date ("2020-10-02..."), in the proleptic Gregorian calendar.
long days_of(std::string_view iso) {
    const auto part = [iso](std::size_t at, std::size_t n) {
        long v = 0;
        for (std::size_t k = at; k < at + n; ++k)
            v = v * 10 + (iso[k] - '0');
        return v;
    };
    long y = part(0, 4);
    const long m = part(5, 2), d = part(8, 2);
    y -= m <= 2;
    const long era = y / 400, yoe = y - era * 400;
    const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

// "Harbour Gazette 02/10/2020 Jane Roe" on an English page whose caption says "HULL, Sept. 30, 2020 -- ...": a
// date of numbers that reads both ways (2 October, or February 10 as the language would read it), no date of the
// page reading one way only, is read the way that puts it near the page's other dates (written in words, or with a
// day over 12), and the other way not: a page's dates lie close together. Asked only of an English page, whose
// dates of numbers are printed either way (a British or an American site); the other languages print the day first.
DayOrder order_near_dates(const Page& p) {
    if (p.language != "en")
        return DayOrder::by_language;
    constexpr long near_days = 14;
    std::vector<long> fixed;                     // the days of the dates that read one way only
    std::vector<std::pair<long, long>> readings; // the two days of each date of numbers that reads both ways
    for (const Block& b : p.blocks) {
        if (b.digits < 4)
            continue;
        const DateLine by_day = read_dates(b.text, p.language, DayOrder::day_first);
        if (!by_day.published)
            continue;
        const DateLine as_said = read_dates(b.text, p.language, DayOrder::by_language);
        const long day = days_of(*by_day.published);
        if (as_said.published && *as_said.published != *by_day.published)
            readings.emplace_back(day, days_of(*as_said.published));
        else
            fixed.push_back(day);
    }
    const auto near = [&fixed](long day) {
        return std::any_of(fixed.begin(), fixed.end(), [&](long f) { return std::labs(f - day) <= near_days; });
    };
    int day_first = 0, as_language = 0;
    for (const auto& [by_day, by_language] : readings) {
        const bool day_near = near(by_day), language_near = near(by_language);
        day_first += day_near && !language_near;
        as_language += language_near && !day_near;
    }
    return day_first > 0 && as_language == 0 ? DayOrder::day_first : DayOrder::by_language;
}

// `order` when the page proved one, else order_near_dates().
DayOrder or_near_dates(DayOrder order, const Page& p) {
    return order != DayOrder::by_language ? order : order_near_dates(p);
}

// The page's language's two sections of signs of a date's order, the day first's and the month first's (nulls when it
// has none).
std::pair<const LexiconSection*, const LexiconSection*> order_signs(const Page& p, std::string_view day_section,
                                                                    std::string_view month_section) {
    const Lexicon* lex = lexicon(p.language);
    if (lex == nullptr)
        return {nullptr, nullptr};
    return {lex->section(day_section), lex->section(month_section)};
}

// "11/01/2021 09:15 GMT" on an English page: a time zone of a country that writes the day first (lexicon section
// day_first_zones: British, Irish, Australian) or the month first (month_first_zones: American), printed on a short
// line beside a date of numbers that reads both ways, tells how the page's dates of numbers are read.
DayOrder zone_day_order(const Page& p) {
    const auto [day_zones, month_zones] = order_signs(p, "day_first_zones", "month_first_zones");
    if (day_zones == nullptr || month_zones == nullptr)
        return DayOrder::by_language;
    const int most_words = 16;
    int day_first = 0, month_first = 0;
    for (const Block& b : p.blocks) {
        if (b.digits < 4 || b.words > most_words)
            continue;
        int day = 0, month = 0, either = 0;
        count_day_order(b.text, day, month, &either);
        if (either == 0)
            continue;
        for (std::string_view w : text::split_ws(b.text)) {
            while (!w.empty() && (w.back() == ',' || w.back() == ')' || w.back() == '.' || w.back() == '|'))
                w.remove_suffix(1);
            while (!w.empty() && w.front() == '(')
                w.remove_prefix(1);
            // (A zone is printed in capitals: "ET", "IST" in small letters are words.)
            if (w.size() < 2 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                continue;
            const std::string low = text::lower(w);
            day_first += day_zones->has(low);
            month_first += month_zones->has(low);
        }
    }
    return day_first > 0 && month_first == 0   ? DayOrder::day_first
           : month_first > 0 && day_first == 0 ? DayOrder::month_first
                                               : DayOrder::by_language;
}

// "Picture: Colin Ashby", "£12,000", "www.moorfieldcourier.co.uk", "colour": on a page of a language written in
// countries that order a date's numbers either way (English: lexicon sections day_first_signs, Britain's usage, and
// month_first_signs, America's), the signs of one usage found in its lines (each a phrase looked for anywhere in a
// lower-cased line) and none of the other's tell how its dates of numbers are read, when no date, zone or other date
// line proves it. (A US page's "Photo:" and "$" keep the month first; a page with both signs is read by its language.)
DayOrder usage_day_order(const Page& p) {
    const auto [day_signs, month_signs] = order_signs(p, "day_first_signs", "month_first_signs");
    if (day_signs == nullptr || month_signs == nullptr)
        return DayOrder::by_language;
    int day_first = 0, month_first = 0;
    for (const Block& b : p.blocks) {
        for (std::string_view sign : day_signs->entries)
            day_first += b.lower.find(sign) != std::string::npos;
        for (std::string_view sign : month_signs->entries)
            month_first += b.lower.find(sign) != std::string::npos;
    }
    return day_first > 0 && month_first == 0   ? DayOrder::day_first
           : month_first > 0 && day_first == 0 ? DayOrder::month_first
                                               : DayOrder::by_language;
}

// `order` when the page proved one, else usage_day_order().
DayOrder or_usage(DayOrder order, const Page& p) {
    return order != DayOrder::by_language ? order : usage_day_order(p);
}

} // namespace

// "12/04/2020 by Kay" over comments dated "16/04/2020": the page's dates of numbers that can be read one way only
// tell how its others are read, whatever its language; when none does, a time zone printed beside a date
// (zone_day_order()) or the page's other dates may (order_near_dates()).
DayOrder page_day_order(const Page& p) {
    int day_first = 0, month_first = 0, either = 0;
    for (const Block& b : p.blocks)
        if (b.digits >= 4)
            count_day_order(b.text, day_first, month_first, &either);
    return day_first > 0 && month_first == 0   ? DayOrder::day_first
           : month_first > 0 && day_first == 0 ? DayOrder::month_first
           : day_first == 0 && either > 0      ? or_usage(or_near_dates(zone_day_order(p), p), p)
                                               : DayOrder::by_language;
}

namespace {

// "Release: 14.03.2006 | Expansion: 21.10.2019", "Kinostart: 3.5.2021 | DVD: 12.9.2021", "Sortie : 3 mai 2021 |
// Extension : 21 oct. 2019": a box's facts (two at least, cut apart by bars or bullets), each date under a label of
// its own ending with a colon that names no publication or update: the days of a product, a game or an event, no
// page's.
bool labelled_box_facts(std::string_view line, std::string_view language, DayOrder order) {
    static constexpr std::string_view cuts[] = {" | ", " • ", " · "};
    const std::size_t most_label_bytes = 30;
    int dated = 0;
    std::size_t from = 0;
    while (from < line.size()) {
        const std::string_view fact = next_fact(line, from, cuts);
        if (fact.find_first_of("0123456789") == std::string_view::npos)
            continue;
        const std::size_t colon = fact.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon > most_label_bytes ||
            fact.substr(0, colon).find_first_of("0123456789") != std::string_view::npos)
            return false;
        const DateLine d = read_dates(fact, language, order);
        if (d.published_labelled || d.updated)
            return false; // ("Veröffentlicht: 3.5.2021 | Aktualisiert: 4.5.2021": the page's own)
        ++dated;
    }
    return dated >= 2;
}

} // namespace

namespace {

// "Neue Fähre am Hafen eröffnet" (the headline) / ... / "Aktuelle Meldungen" / "Neue Fähre am Hafen eröffnet03.05.2021 -
// 10:24" / "Hafenfest abgesagt28.04.2021 - 09:12": a list of the site's latest news names the article too, its headline
// and then its day (glued to it or set off), nothing else on the line. Its day is the article's, on a page that printed
// no other. (A headline of a word or two, "Home", may open other lines.)
std::optional<std::string> own_teaser_date(const Page& p, std::size_t head) {
    const int fewest_words = 3;
    const std::size_t most_date_bytes = 40;
    const Block& title = p.blocks[head];
    if (title.words < fewest_words)
        return std::nullopt;
    for (std::size_t k = 0; k < p.blocks.size(); ++k) {
        const Block& b = p.blocks[k];
        if (k == head || b.digits < 4 || b.text.size() <= title.text.size() ||
            b.text.size() > title.text.size() + most_date_bytes || !b.text.starts_with(title.text))
            continue;
        const DateLine d = read_dates(std::string_view(b.text).substr(title.text.size()), p.language, p.day_order);
        if (d.is_date_line && d.published && d.rest.empty())
            return d.published;
    }
    return std::nullopt;
}

} // namespace

void date_under_headline(Page& p) {
    const std::vector<Block>& blocks = p.blocks;
    Article& a = p.article;
    const auto at = std::find(p.role.begin(), p.role.end(), Role::headline);
    if (at == p.role.end())
        return;
    const auto head = static_cast<std::size_t>(at - p.role.begin());
    if (!a.published) {
        if (!a.updated)
            a.published = own_teaser_date(p, head);
        return;
    }
    const DayOrder order = p.day_order; // (mark_metadata() read the page's dates for it)
    const std::string day = a.published->substr(0, 10);
    // The line the record's date was read from: the headline itself, or a bare date line (no words but the date's), an
    // entry of a dated list or a box's labelled facts standing apart over it, two lines or more between them (the
    // site's menu, a side column).
    const std::size_t apart = 3;
    std::size_t from = blocks.size();
    for (std::size_t k = 0; k <= head; ++k) {
        if (k != head && p.role[k] != Role::date)
            continue;
        const DateLine d = read_dates(blocks[k].text, p.language, order);
        if (d.published && d.published->substr(0, 10) == day) {
            from = k;
            break;
        }
    }
    if (from == blocks.size())
        return; // (read under the headline)
    // "Die Wahl am 17. Februar 2019 wird verschoben", "Harbour festival on 3 May 2021 cancelled": a title naming a
    // day amid its words names the day of what it tells, not the page's. The record's date is then the first other
    // date line's or byline's, or a date opening a line under the title, or none.
    const bool amid = from == head && date_amid_words(blocks[head].text, p.language);
    if (amid) {
        a.published.reset();
        for (std::size_t k = 0; k < blocks.size() && !a.published; ++k)
            if (k != head && (p.role[k] == Role::date || p.role[k] == Role::byline))
                a.published = read_dates(blocks[k].text, p.language, order).published;
        if (a.published)
            return;
    }
    // "20.02.2020 20:00 Stammtisch" / "13.02.2020 20:00 Stammtisch": a list of dated entries (events, posts), each
    // line opening with its date, gives no page's date either.
    const auto listed = [&](std::size_t k) {
        const auto dated_entry = [&](std::size_t j) {
            return j < blocks.size() && p.role[j] == Role::date && leading_date(blocks[j].text, p.language);
        };
        return dated_entry(k) && ((k > 0 && dated_entry(k - 1)) || dated_entry(k + 1));
    };
    // "Wtorek, 5 grudnia 2026" (the masthead's clock, over the kicker) / "Gdańsk" / <headline> / "Marek Lewandowski" /
    // "5 grudnia 2026, 09:15": a date line close over the headline keeps its day, but the same day under the headline
    // with its time is the article's own stamp, the finer of the two.
    bool same_day_only = false;
    if (from != head) {
        const DateLine d = read_dates(blocks[from].text, p.language, order);
        if (!(d.rest.empty() || listed(from) || labelled_box_facts(blocks[from].text, p.language, order)))
            return;
        if (head - from < apart) {
            if (a.published->size() > day.size())
                return; // (the line over the headline has its time already)
            same_day_only = true;
        }
    }
    // The first line of the three under the headline that opens with a date, or a byline or a labelled date line
    // among them ("Por Ana Costa" / "21 de abril de 2022, 14:32", "Veröffentlicht am 3. März 2025"). Under a date
    // line standing apart over the headline (the masthead's day among the menu's lines), the article's own date line
    // or dated byline further down the head's lines too, past a standfirst, a caption, the byline's lines ("By" / "The
    // Harbour Post" / "-" / "January 17, 2026"), up to the text: two paragraphs of prose one under the other.
    const std::size_t most_below = 3, most_head_lines = 8;
    const std::size_t last = from != head ? head + most_head_lines : head + most_below;
    const int most_words = 15; // (a line of the post's facts, no paragraph of the text)
    bool prose_over = false;
    for (std::size_t k = head + 1; k < blocks.size() && k <= last; ++k) {
        const Block& b = blocks[k];
        const bool prose = p.role[k] == Role::none && b.words > most_words && b.end_punct;
        if (prose && prose_over)
            break;
        prose_over = prose;
        const bool stamp = p.role[k] == Role::date || p.role[k] == Role::byline;
        if (b.digits == 0 || b.words > most_words || !(p.role[k] == Role::none || stamp || p.role[k] == Role::lede) ||
            (k > head + most_below && !stamp))
            continue;
        // (A date line under a label of another kind, "Auflage: 1 (27. Mai 2013)", is a book's or an event's.)
        std::optional<std::string> under;
        if (auto lead = leading_date(b.text, p.language)) {
            under = lead->iso;
        } else if (p.role[k] == Role::date || p.role[k] == Role::byline) {
            // ("5 Min. 1. November 2023 Jane 1 Kommentar": a reading time before the date.)
            const DateLine d = read_dates(b.text, p.language, order);
            const std::size_t digit = b.text.find_first_of("0123456789");
            if (p.role[k] == Role::byline || d.published_labelled || b.text.find(':') > digit)
                under = d.published;
        }
        if (!under)
            continue;
        if (same_day_only) {
            if (under->size() > day.size() && under->substr(0, 10) == day)
                a.published = under;
            return;
        }
        // ("Thursday, Dec 5th 2026" over the headline, "Published: 14:32 GMT, 5 December 2026" under it: the same
        // day with its time is the finer; "04 mayo 2022 - 00:00", a midnight, is a system's placeholder, no time.)
        const bool finer = from != head && under->size() > a.published->size() && !under->ends_with("T00:00");
        if (amid || under->substr(0, 10) != day || finer) {
            a.published = under;
            if (p.role[k] == Role::none)
                p.role[k] = Role::date;
        }
        // "9. Mai 2021" (the site's top bar) / ... / "Neue Fähre am Hafen" / "3. Mai 2021 Jane Roe 1 Kommentar":
        // the date line under the headline is the article's, the one that names its author beside the date (read
        // on the page's first date line only, here the menu's).
        if (a.authors.empty() && from != head && p.role[k] == Role::date)
            if (auto name = name_beside_date(p, k, read_dates(b.text, p.language, order)))
                a.authors.push_back(std::move(*name));
        return;
    }
}

} // namespace archive
