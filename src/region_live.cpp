// A live blog's entries in the weights of the article's region (main_region(), region.cpp): each entry under its
// time stamp alone on its line, closed by the share buttons printed under every entry.
#include "classify.hpp"
#include "page.hpp"
#include "region_parts.hpp"

#include "bylines.hpp"
#include "clock_times.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <vector>

namespace archive {

namespace {

// "11.48 GMT", "14.32 Uhr", "ore 14.32": a time of day printed with a dot between hours and minutes, as some papers
// print their live blog's stamps. (A dotted figure alone could be a price or a score: the stamp needs a word of the
// clock or a zone after it, or a clock's word before it, see clock_stamp().)
bool dotted_time(std::string_view time) {
    return !time.empty() && clock_times::clock_time_end(time, 0, ".") == time.size();
}

// "14:20", "9:05 Uhr", "14h20", "11.48 GMT", "+++ 14:32 Uhr +++", "ore 14.32", "14:32 h": a time of day alone on its
// line, between the marks some tickers print around it (lexicon section stamp_mark_words), after the word some
// languages print before a time (clock_lead_words: "ore", "godz.") and before the clock's word or a time zone's
// (clock_words, stamp_zone_words) or none. A time printed with a dot needs one of those words.
bool clock_stamp(const Block& b) {
    static const LexiconSection* clock = common_lexicon().section("clock_words"); // (looked up once)
    static const LexiconSection* zones = common_lexicon().section("stamp_zone_words");
    static const LexiconSection* marks = common_lexicon().section("stamp_mark_words");
    static const LexiconSection* leads = common_lexicon().section("clock_lead_words");
    // A time prints a figure, its colon, "h" or dot and two figures in a row: a line without such four bytes (most
    // lines with figures: "12 Kommentare", "1 / 8", "© 2026") is settled without reading its tokens.
    const std::string_view low = b.lower;
    auto figure = [](char c) { return c >= '0' && c <= '9'; };
    bool clock_bytes = false;
    for (const char sign : {':', 'h', '.'})
        for (std::size_t k = low.find(sign); k != std::string_view::npos && !clock_bytes; k = low.find(sign, k + 1))
            clock_bytes = k > 0 && k + 2 < low.size() && figure(low[k - 1]) && figure(low[k + 1]) && figure(low[k + 2]);
    // ("10 h 12", "9 h 48": the French hour's "h" between spaces, alone on the line.)
    if (const std::size_t hour = clock_times::hour_end(low, 0);
        !clock_bytes && hour > 0 && low.size() == hour + 5 && low.substr(hour, 3) == " h " && figure(low[hour + 3]) &&
        low[hour + 3] <= '5' && figure(low[hour + 4]))
        return true;
    if (!clock_bytes)
        return false;
    const std::size_t most_tokens = 5;
    std::string_view t[most_tokens];
    std::size_t from = 0, to = 0, at = 0;
    for (std::string_view w = text::next_token(b.lower, at); !w.empty(); w = text::next_token(b.lower, at)) {
        if (to == most_tokens)
            return false;
        t[to++] = w;
    }
    // (A mark is no letter nor figure, a lead word opens with a letter: most lines open with a figure and are
    // settled without a look-up.)
    auto ascii_alnum = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
    };
    auto mark = [&](std::string_view w) { return !ascii_alnum(w.front()) && marks != nullptr && marks->has(w); };
    while (from < to && mark(t[from]))
        ++from;
    while (to > from && mark(t[to - 1]))
        --to;
    const bool lead = to - from >= 2 && !(t[from].front() >= '0' && t[from].front() <= '9') && leads != nullptr &&
                      leads->has(t[from]);
    from += lead ? 1 : 0;
    if (to == from || to - from > 2)
        return false;
    const std::string_view time = t[from], word = to - from == 2 ? t[from + 1] : std::string_view();
    const bool colon_time = time_token(time);
    // ("10.12am", "9.48pm": the clock's word glued to a time printed with a dot.)
    if (word.empty() && time.size() > 2 && clock != nullptr && clock->has(time.substr(time.size() - 2)) &&
        dotted_time(time.substr(0, time.size() - 2)))
        return true;
    if (!colon_time && !dotted_time(time))
        return false;
    const bool clock_word =
        !word.empty() && ((clock != nullptr && clock->has(word)) || (zones != nullptr && zones->has(word)));
    if (colon_time)
        return word.empty() || clock_word;
    return clock_word || (lead && word.empty());
}

// "2h ago", "il y a 3 h", "vor 5 Min", "45m ago": a post's age with its unit glued to the figure or cut short
// (lexicon section short_time_unit_words), after or before a relative date's marker (relative_date), no other word.
bool glued_age(const text::Words& w) {
    static const LexiconSection* units = common_lexicon().section("short_time_unit_words"); // (looked up once)
    static const LexiconSection& markers = any_language_section("relative_date");
    const std::size_t most_words = 5; // ("il y a 3 h")
    if (units == nullptr || w.size() < 2 || w.size() > most_words)
        return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const std::string_view t = w[i];
        const std::size_t figures = t.find_first_not_of("0123456789");
        if (figures == 0 || t.empty())
            continue;
        // The unit glued to the figure ("2h") or the next word ("3 h").
        std::size_t rest = i + 1;
        if (figures != std::string_view::npos) {
            if (!units->has(t.substr(figures)))
                return false;
        } else if (rest < w.size() && units->has(w[rest])) {
            ++rest;
        } else {
            return false;
        }
        auto joined = [&](std::size_t from, std::size_t to) {
            std::string s;
            for (std::size_t k = from; k < to; ++k)
                s.append(k > from ? " " : "").append(w[k]);
            return s;
        };
        const std::string before = joined(0, i), after = joined(rest, w.size());
        return (!before.empty() || !after.empty()) && (before.empty() || markers.has(before)) &&
               (after.empty() || markers.has(after));
    }
    return false;
}

} // namespace

// "7'", "45+2'", "90’", "90'+4", "90.+4": the minute of a match a sports ticker's entry was written at, alone on its
// line: one to three figures and the minute's mark (an apostrophe or a prime; German tickers print an ordinal's
// stop), the added time (a plus and one or two figures) before the mark or after it. A German minute printed without
// its added time, "78.", is no stamp: alone it is as well a numbered list's item ("1.", "2.", a paper's references).
// ("2026'" has four figures; "12.5" or "3:1" no mark at the end of the minute.)
bool minute_stamp(const Block& b) {
    const std::string_view t = text::trim(b.text);
    const std::size_t longest = 10; // "90’+10" with the prime's three bytes
    if (t.size() > longest || b.digits == 0)
        return false;
    std::size_t i = 0;
    auto figures = [&] {
        const std::size_t from = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9')
            ++i;
        return i - from;
    };
    auto mark = [&](bool stop) {
        for (const std::string_view m : {"'", "’", "′", "."})
            if ((stop || m != ".") && t.substr(i).starts_with(m)) {
                i += m.size();
                return true;
            }
        return false;
    };
    auto added = [&] {
        const std::size_t most_added = 2;
        if (i >= t.size() || t[i] != '+')
            return false;
        ++i;
        const std::size_t n = figures();
        return n > 0 && n <= most_added;
    };
    const std::size_t most_minute = 3;
    if (const std::size_t n = figures(); n == 0 || n > most_minute)
        return false;
    if (mark(true))
        return (i == t.size() && t.back() != '.') || (added() && i == t.size());
    // ("45+2'": the added time before the mark, no stop: "45+2." is a sum's.)
    return added() && mark(false) && i == t.size();
}

// "14:20", "9:05 Uhr", "14h20", "+++ 14.32 Uhr +++", "ore 14.32": a time of day alone on its line (clock_stamp());
// "vor 5 Minuten", "Il y a 12 min", "12 min ago": a post's age alone on its line, a figure and a unit of time
// (time_units) with a relative date's marker before or after them (relative_date), no other word; "90.+4", "78'": a
// match's minute (minute_stamp()).
bool entry_stamp(const Block& b) {
    const int most_words = 5;
    if (b.digits == 0 || b.words > most_words) // (the counts first: most lines are settled here)
        return false;
    if (minute_stamp(b))
        return true;
    if (b.end_punct)
        return false;
    if (clock_stamp(b))
        return true;
    static const LexiconSection* units = common_lexicon().section("time_units");
    static const LexiconSection& markers = any_language_section("relative_date");
    // (A post's age is three words at least and ends with its unit or its marker: one look-up settles most lines.)
    const text::Words w = b.lower_words();
    if (glued_age(w))
        return true;
    const std::size_t least_words = 3;
    if (w.size() < least_words || units == nullptr || !(units->has(w.back()) || markers.has(w.back())))
        return false;
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        if (w[i].empty() || w[i].find_first_not_of("0123456789") != std::string_view::npos || !units->has(w[i + 1]))
            continue;
        // The words before the figure and those after the unit, each a marker or none, one of them at least.
        const std::string_view lower = b.lower;
        auto span = [&](std::size_t from, std::size_t to) { // words [from, to) as printed, or ""
            if (from >= to)
                return std::string_view();
            const std::size_t begin = static_cast<std::size_t>(w[from].data() - lower.data());
            const std::size_t end = static_cast<std::size_t>(w[to - 1].data() - lower.data()) + w[to - 1].size();
            return lower.substr(begin, end - begin);
        };
        const std::string_view before = span(0, i), after = span(i + 2, w.size());
        return (!before.empty() || !after.empty()) && (before.empty() || markers.has(before)) &&
               (after.empty() || markers.has(after));
    }
    return false;
}

namespace {

// A live blog's entries: the runs of three time stamps at least (entry_stamp()), each a dozen lines at most from
// the next; f(stamps, i, j) for the run stamps[i, j). (The stamps are sought by the lines' counts first: most pages
// have none and cost one pass over the counts.)
template <class F> void for_each_live_run(const Page& p, F f) {
    const auto& blocks = p.blocks;
    const std::size_t reach = 12, least_stamps = 3;
    std::vector<std::size_t> stamps;
    for (std::size_t k = 0; k < blocks.size(); ++k)
        if (entry_stamp(blocks[k]))
            stamps.push_back(k);
    if (stamps.size() < least_stamps)
        return;
    for (std::size_t i = 0; i < stamps.size();) {
        std::size_t j = i + 1;
        while (j < stamps.size() && stamps[j] - stamps[j - 1] <= reach)
            ++j;
        if (j - i >= least_stamps)
            f(stamps, i, j);
        i = j;
    }
}

// "Die Feuerwehr meldet einen neuen Höchststand.": the entry's one short sentence right under its stamp at `k`,
// which jusText rates short or bad (three words at least, a final stop, printed once, no link).
bool entry_sentence(const Page& p, std::size_t k) {
    const std::size_t e = k + 1;
    const int least_words = 3;
    if (e >= p.blocks.size())
        return false;
    const Block& entry = p.blocks[e];
    return p.raw_quality[e] != Quality::good && entry.end_punct && entry.words >= least_words && entry.repeats == 0 &&
           entry.urls == 0 && !p.terminator[e] && !entry_stamp(entry);
}

} // namespace

// "14:20 Uhr / Die Feuerwehr meldet einen neuen Höchststand. / Teilen / Twitter / 13:55 Uhr / <title> / <text> /
// Teilen / Twitter / 12:40 Uhr / ...": three time stamps at least, each a dozen lines at most from the next, stamp a
// live blog's entries. An entry of one short sentence under its stamp weighs for the region like a paragraph, though
// jusText rates it short; the stamps and the buttons printed under every entry (a few words the page repeats twice
// more at least, no sentence) between the first stamp and the last weigh nothing: the entries are one text, not
// paragraphs cut apart by a menu.
void weigh_live_entries(const Page& p, std::vector<double>& w) {
    const int most_button_words = 3;
    for_each_live_run(p, [&](const std::vector<std::size_t>& stamps, std::size_t i, std::size_t j) {
        for (std::size_t s = i; s < j; ++s) {
            w[stamps[s]] = 0;
            if (entry_sentence(p, stamps[s]))
                w[stamps[s] + 1] = static_cast<double>(p.length[stamps[s] + 1]);
        }
        for (std::size_t k = stamps[i]; k <= stamps[j - 1]; ++k) {
            const Block& b = p.blocks[k];
            if (b.repeats >= 2 && b.words <= most_button_words && !b.end_punct && w[k] < 0)
                w[k] = 0;
        }
    });
}

// The entries' short sentences inside the region [rs, re] are rated good in its context: the section loop keeps
// them as paragraphs, not as the page's navigation. "12:00 / Turnout at 15% by noon / By noon 15.3% had voted. /
// 07:00": the one short sentence under an entry's title (a few words, no stop) is the entry's text too.
void keep_live_entries(Page& p, std::size_t rs, std::size_t re) {
    const int most_title_words = 14;
    for_each_live_run(p, [&](const std::vector<std::size_t>& stamps, std::size_t i, std::size_t j) {
        for (std::size_t s = i; s < j; ++s) {
            const std::size_t k = stamps[s];
            if (k < rs || k >= re || p.role[k + 1] != Role::none)
                continue;
            if (entry_sentence(p, k)) {
                p.quality[k + 1] = Quality::good;
                continue;
            }
            const Block& title = p.blocks[k + 1];
            if (k + 2 < re && p.role[k + 2] == Role::none && !title.end_punct && title.words > 0 &&
                title.words <= most_title_words && title.urls == 0 && title.repeats == 0 && entry_sentence(p, k + 1))
                p.quality[k + 2] = Quality::good;
        }
    });
}

bool live_entry_title(const Page& p, std::size_t k) {
    const auto& blocks = p.blocks;
    const std::size_t reach = 12;
    if (k == 0 || !entry_stamp(blocks[k - 1]))
        return false;
    // Two more stamps, each within reach of the one before it, above or below.
    std::size_t others = 0, last = k - 1;
    for (std::size_t j = k; j < blocks.size() && j <= last + reach && others < 2; ++j)
        if (entry_stamp(blocks[j]))
            ++others, last = j;
    last = k - 1;
    for (std::size_t j = k - 1; j-- > 0 && j + reach >= last && others < 2;)
        if (entry_stamp(blocks[j]))
            ++others, last = j;
    return others >= 2;
}

std::size_t entry_over_region(const Page& p, std::size_t rs) {
    const auto& blocks = p.blocks;
    const int most_title_words = 14;
    if (rs < 2 || !textual(p.raw_quality[rs]) || !blocks[rs].end_punct) // (most pages: the region opens otherwise)
        return rs;
    const Block& title = blocks[rs - 1];
    // ("<head> / vor 8 Minuten / <title> / <entry>", "<head> / il y a 5 min / ...": the first entry's relative stamp
    // may have been read as the page's date, left unresolved; it is the entry's stamp all the same.)
    if (title.words == 0 || title.words > most_title_words || title.end_punct || title.urls > 0 ||
        p.terminator[rs - 1] || p.role[rs - 1] != Role::none ||
        (p.role[rs - 2] != Role::none && p.role[rs - 2] != Role::date) || !live_entry_title(p, rs - 1))
        return rs;
    return rs - 2;
}

} // namespace archive
