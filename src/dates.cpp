#include "dates.hpp"

#include "cjk_script.hpp"
#include "date_labels.hpp"
#include "dates_parts.hpp"
#include "prepositioned_dates.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

namespace archive {

namespace {

using dating::find_from;
using dating::is_punct;
using dating::letters_end;
using dating::month_of;
using dating::short_numeric_date;
using dating::time_range_after;
using dating::Tok;
using dating::TokKind;
using dating::tokenize;

bool contains_phrase(std::span<const Tok> t, std::size_t at, LexiconWords words, std::size_t& end) {
    std::size_t k = at;
    for (auto w : words) {
        if (k >= t.size() || t[k].kind != TokKind::word || t[k].text != w)
            return false;
        ++k;
    }
    end = k;
    return !words.empty();
}

// The words a word of the rest of a date line counts for: one, or for a run of more than eight Chinese, Japanese or
// Korean signs (no space parts their words) one for every four signs, so that a clause after a date ("2026年12月5日，
// …") is no date line's few words, as a name, an outlet or a label is ("小鹿 發表於 2026年12月5日").
int cjk_run_words(std::string_view word) {
    std::size_t k = 0;
    if (!text::is_cjk_letter(text::next_cp(word, k)))
        return 1;
    int signs = 1;
    while (k < word.size()) {
        text::next_cp(word, k);
        ++signs;
    }
    const int signs_a_word = 4, most_one_word = 8; // ("人民日报海外版", "网易科学人": an outlet's name is one)
    return signs <= most_one_word ? 1 : (signs + signs_a_word - 1) / signs_a_word;
}

// Marks label phrases ("mis à jour le", "updated") found at token i; returns the phrase length or 0.
std::size_t label_at(const std::vector<Tok>& t, std::size_t i, const LexiconSection& section) {
    if (t[i].kind != TokKind::word)
        return 0;
    std::size_t best = 0;
    for (const auto& phrase : section.phrases_from(t[i].text)) {
        std::size_t end = 0;
        if (contains_phrase(t, i, phrase.words, end) && end - i > best)
            best = end - i;
    }
    return best;
}

// "Du 5 février au 30 avril 2027", "vom 3. bis 30. April 2027", "3 to 30 April 2027": the date at token `first` closes
// a range of days, a word of lexicon section date_range_words right before it and a day before that (a number, its
// dot, a month); "Jusqu'au 8 mars 2027", "Bis 30. April 2027", "Until 30 April 2027": or a word of section
// date_until_words (before its apostrophe: "jusqu'au"). An event's or an exhibition's days, no day of the page.
bool closes_day_range(const std::vector<Tok>& t, std::size_t first, std::string_view language) {
    static const LexiconSection& range_words = any_language_section("date_range_words");
    static const LexiconSection& until_words = any_language_section("date_until_words");
    const auto word_of = [&t](std::size_t k, const LexiconSection& section) {
        return k < t.size() && t[k].kind == TokKind::word && section.has(t[k].text);
    };
    if (first == 0)
        return false;
    if (word_of(first - 1, until_words) ||
        (first >= 3 && t[first - 2].kind == TokKind::punct && (t[first - 2].text == "'" || t[first - 2].text == "’") &&
         word_of(first - 3, until_words)))
        return true;
    if (first < 2 || !word_of(first - 1, range_words))
        return false;
    const Tok& before = t[first - 2];
    return before.kind == TokKind::number || (before.kind == TokKind::word && month_of(before.text, language) > 0) ||
           (before.text == "." && first >= 3 && t[first - 3].kind == TokKind::number);
}

bool has_relative_marker(std::span<const Tok> t) {
    // "ago", "il y a", "vor", "hace", "fa", "geleden"
    static const LexiconSection& markers = any_language_section("relative_date"); // (merged once)
    // The markers' first bytes: a word opening with none of them opens no marker, and is not looked up.
    static const std::bitset<257> fronts = first_bytes(markers.entries);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != TokKind::word || !(fronts.test(256) || fronts.test(static_cast<unsigned char>(t[i].text[0]))))
            continue;
        for (const auto& phrase : markers.phrases_from(t[i].text)) {
            std::size_t end = 0;
            if (contains_phrase(t, i, phrase.words, end))
                return true;
        }
    }
    return false;
}

// Marks the words of the relative date markers ("il y a", "vor", "ago") as used.
void mark_relative_markers(std::vector<Tok>& t) {
    static const LexiconSection& markers = any_language_section("relative_date");
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != TokKind::word)
            continue;
        for (const auto& phrase : markers.phrases_from(t[i].text)) {
            std::size_t end = 0;
            if (contains_phrase(t, i, phrase.words, end))
                for (std::size_t k = i; k < end; ++k)
                    t[k].used = true;
        }
    }
}

bool is_relative(std::span<const Tok> t, std::string_view language) {
    if (!has_relative_marker(t))
        return false;
    // (The section's table, looked up once: no walk along its list for every word after a number.)
    static const LexiconSection* units = common_lexicon().section("time_units");
    const auto is_unit = [](const Tok& tok) {
        return tok.kind == TokKind::word && units != nullptr && units->has(tok.text);
    };
    // "2 hours ago", "an hour ago", "vor einer Stunde", "il y a une heure", "hace un día", "un'ora fa": a number,
    // in digits or a word (the lexicon's relative_number_words), then a unit of time (after an elided article's
    // apostrophe too).
    static const LexiconSection& number_words = any_language_section("relative_number_words");
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i].kind != TokKind::number && !(t[i].kind == TokKind::word && number_words.has(t[i].text)))
            continue;
        if (is_unit(t[i + 1]) ||
            (i + 2 < t.size() && (t[i + 1].text == "'" || t[i + 1].text == "\u2019") && is_unit(t[i + 2])))
            return true;
    }
    // "yesterday", "gestern", "ayer", "ieri" (the lexicon's relative_day_words), "3 weeks ago"; the French "hier"
    // is also German for "here": only on a short line. A word alone on its line ("Hier", a German page's link) is a
    // day only in the page's language (in any, when the page's is not known).
    static const LexiconSection& day_words = any_language_section("relative_day_words");
    const auto words = std::count_if(t.begin(), t.end(), [](const Tok& tok) { return tok.kind == TokKind::word; });
    for (const auto& tok : t)
        if (tok.text == "ago" || day_words.has(tok.text)) {
            if (words == 1 && tok.text != "ago") {
                const Lexicon* own = lexicon(language);
                return own == nullptr || own->has("relative_day_words", tok.text);
            }
            return tok.text != "hier" || t.size() <= 4;
        }
    return false;
}

// "Today, 09:14", "heute, 09:14 Uhr", "hier à 18h02", "dzisiaj, 09:14", "Aktualisiert heute, 09:14": a word naming the
// page's day or the day before (the lexicon's relative_day_time_words) among the first three words of a short line,
// the label of a date alone before it; a time follows it (relative_day_time()). Its token, its tokens' count in `len`
// ("aujourd'hui" is three: the apostrophe cuts it), or npos. (Only a short line of few tokens is looked at: most
// lines with a figure and no year are settled by their size.)
std::size_t day_word_at(const std::vector<Tok>& t, std::size_t& len) {
    const std::size_t most_tokens = 16, most_words = 3;
    if (t.size() > most_tokens)
        return std::string::npos;
    static const LexiconSection& day_words = any_language_section("relative_day_time_words"); // (merged once)
    std::size_t words = 0;
    for (std::size_t i = 0; i + 1 < t.size() && words < most_words; ++i) {
        if (t[i].kind != TokKind::word)
            continue;
        ++words;
        if (day_words.has(t[i].text)) {
            len = 1;
            return i;
        }
        // "aujourd'hui", "aujourd’hui": the word and its apostrophe's piece joined again.
        if (i + 2 < t.size() && (t[i + 1].text == "'" || t[i + 1].text == "\u2019") &&
            t[i + 2].kind == TokKind::word) {
            const std::string joined = std::string(t[i].text) + "'" + std::string(t[i + 2].text);
            if (day_words.has(joined)) {
                len = 3;
                return i;
            }
        }
    }
    return std::string::npos;
}

// The day word at token `at` (day_word_at()) and a time after it, only labels' tokens (marked used) and marks before
// it: the tokens of both are marked used. "Heute trafen sich 20 Vereine" has no time after its day.
bool relative_day_time(std::vector<Tok>& t, std::size_t at, std::size_t len) {
    for (std::size_t k = 0; k < at; ++k)
        if (!t[k].used && t[k].kind != TokKind::punct)
            return false;
    if (!dating::time_alone(t, at + len))
        return false;
    for (std::size_t k = at; k < at + len; ++k)
        t[k].used = true;
    return true;
}

// The words left on a line of a day and a time (relative_day_time()), the first of them `first_word`: the article's
// reading time ("dzisiaj, 09:14 Ten artykuł przeczytasz w 4 minuty", "Today, 09:14 5 min read": looked for on the whole
// line, its count and unit being no words left) or a byline ("Heute, 09:14 Uhr von Anna Muster") stand beside the
// date; other words make a sentence of it ("Heute, 09:14 Uhr, traf der Zug ein").
bool beside_day_time(std::string_view line, std::string_view first_word) {
    if (any_language_has("byline", first_word))
        return true;
    return reading_time_phrase(text::lower(line));
}

} // namespace

namespace {

// The first four bytes of the phrases of reading_time, a bit each in a sieve: a line where no four bytes in a row are
// a phrase's head holds none of them (`usable`: every phrase has four bytes at least).
class ReadingTimeSieve {
public:
    explicit ReadingTimeSieve(std::span<const std::string_view> phrases) {
        for (const std::string_view phrase : phrases) {
            if (phrase.size() < 4)
                usable = false;
            else
                bits_.set(slot(head(phrase.data())));
        }
    }
    bool may_hold(std::string_view low) const {
        for (std::size_t k = 0; k + 4 <= low.size(); ++k)
            if (bits_.test(slot(head(low.data() + k))))
                return true;
        return false;
    }
    bool usable = true;

private:
    static std::uint32_t head(const char* at) {
        std::uint32_t v = 0;
        std::memcpy(&v, at, 4);
        return v;
    }
    static std::size_t slot(std::uint32_t head) { return (head * 2654435761U) >> 20; } // 12 bits
    std::bitset<4096> bits_;
};

} // namespace

namespace {

// "5-6", "3–4": two figures joined by a hyphen or an en dash.
bool figure_range(std::string_view w) {
    const auto digits = [](std::string_view d) {
        return !d.empty() && d.size() <= 3 &&
               std::all_of(d.begin(), d.end(), [](char c) { return text::is_digit(static_cast<unsigned char>(c)); });
    };
    const std::string_view dash = "\u2013";
    const std::size_t hyphen = w.find('-');
    if (hyphen != std::string_view::npos)
        return digits(w.substr(0, hyphen)) && digits(w.substr(hyphen + 1));
    const std::size_t en = w.find(dash);
    return en != std::string_view::npos && digits(w.substr(0, en)) && digits(w.substr(en + dash.size()));
}

} // namespace

bool reading_time_label_line(std::string_view low) {
    // (A short line with a figure: most lines are settled by their length.)
    const std::size_t most_bytes = 40, most_label_words = 3;
    if (low.size() > most_bytes || !text::has_ascii_digit(low))
        return false;
    static const LexiconSection& labels = any_language_section("reading_time_labels");
    static const LexiconSection& units = any_language_section("minute_unit_words");
    // Either shape below closes with the unit, its dot perhaps: a line whose last token is none ("Seite 2 von 5",
    // "Kapitel 3", "Mai 2025") is settled by that token, read from the end, before the line is split.
    std::string_view closing = text::last_token(low);
    if (closing.ends_with('.'))
        closing.remove_suffix(1);
    if (!units.has(closing))
        return false;
    // (Six tokens at most: the label's three words, a colon alone, the figure and the unit; the figure and the unit,
    // the line's last two tokens, are read before the label is looked up.)
    const std::size_t most_tokens = most_label_words + 3;
    const auto words = text::split_ws(low, most_tokens + 1);
    // "5-6 minutes", "3–4 Minuten", "5-6 minuti": a reader view prints the reading time as a range of figures and the
    // unit alone, without a label (a single figure and its unit alone, "15 min", is as often a recipe's time).
    if (words.size() == 2)
        return figure_range(words[0]) &&
               units.has(words[1].ends_with('.') ? words[1].substr(0, words[1].size() - 1) : words[1]);
    if (words.size() < 3 || words.size() > most_tokens)
        return false;
    const std::string_view figure = words[words.size() - 2];
    std::string_view unit = words.back();
    if (unit.ends_with('.'))
        unit.remove_suffix(1);
    const auto digit = [](char c) { return text::is_digit(static_cast<unsigned char>(c)); };
    if (figure.empty() || !std::all_of(figure.begin(), figure.end(), digit) || !units.has(unit))
        return false;
    // The label's words, a colon glued to the last or alone after it, then the figure and the unit, its dot perhaps.
    for (std::size_t n = 1; n <= most_label_words && n + 2 <= words.size(); ++n) {
        const std::string_view first = words.front();
        std::string_view last = words[n - 1];
        std::size_t k = n;
        if (last.ends_with(':'))
            last.remove_suffix(1);
        else if (k < words.size() && words[k] == ":")
            ++k;
        if (k + 2 != words.size())
            continue;
        const char* from = first.data();
        const std::string label =
            text::collapse(std::string_view(from, static_cast<std::size_t>(last.data() + last.size() - from)));
        if (labels.has(label))
            return true;
    }
    return false;
}

bool reading_time_phrase(std::string_view low) {
    if (reading_time_label_line(low))
        return true;
    static const LexiconSection& phrases = any_language_section("reading_time");
    // (A phrase inside the line puts its first four bytes there: the four bytes at each place of the line, looked up in
    // a sieve of the phrases' heads, settle most lines, dates and counts, before the phrases are sought one by one.)
    static const ReadingTimeSieve sieve(phrases.entries);
    if (sieve.usable && !sieve.may_hold(low))
        return false;
    return std::any_of(phrases.entries.begin(), phrases.entries.end(),
                       [low](const std::string_view phrase) { return low.find(phrase) != std::string_view::npos; });
}

namespace {

// The label's words open `words`, the last one alone or with a colon glued to it ("updated:", "am:3.5.2024").
bool label_opens(LexiconWords label, std::span<const std::string_view> words) {
    if (label.empty() || label.size() > words.size())
        return false;
    for (std::size_t k = 0; k + 1 < label.size(); ++k)
        if (words[k] != label[k])
            return false;
    const std::string_view last = words[label.size() - 1];
    const std::string_view want = label.back();
    return last == want || (last.size() > want.size() && last.starts_with(want) && last[want.size()] == ':');
}

} // namespace

namespace {

// The number of words of the longest date label opening `lower_words` (opens_with_date_label()), 0 for none.
std::size_t date_label_words(std::span<const std::string_view> lower_words) {
    // (The labels' sections merged over the languages once, and their first bytes: a line whose first word opens
    // with none of them is settled by that byte.)
    static const LexiconSection& published = any_language_section("published");
    static const LexiconSection& updated = any_language_section("updated");
    static const std::bitset<257> fronts = first_bytes(published.entries) | first_bytes(updated.entries);
    if (lower_words.empty() || lower_words[0].empty() ||
        !(fronts.test(256) || fronts.test(static_cast<unsigned char>(lower_words[0][0]))))
        return 0;
    const std::string_view first = lower_words[0].substr(0, lower_words[0].find(':'));
    std::size_t longest = 0;
    for (const LexiconSection* labels : {&published, &updated})
        for (const auto& phrase : labels->phrases_from(first))
            if (label_opens(phrase.words, lower_words))
                longest = std::max(longest, phrase.words.size());
    return longest;
}

// The number of words of the date label opening `line` (date_label_words()), 0 for none: its four words at most, read
// off the line's first bytes lower-cased (a label is shorter).
std::size_t line_label_words(std::string_view line) {
    const std::size_t most_label_bytes = 64;
    const text::LowerCased low(line.substr(0, std::min(line.size(), most_label_bytes)));
    std::array<std::string_view, 4> words;
    std::size_t n = 0, at = 0;
    for (; n < words.size(); ++n) {
        words[n] = text::next_token(low.view(), at);
        if (words[n].empty())
            break;
    }
    return date_label_words(std::span<const std::string_view>(words.data(), n));
}

} // namespace

bool opens_with_date_label(std::span<const std::string_view> lower_words) {
    return date_label_words(lower_words) > 0;
}

std::optional<LeadingDate> labelled_leading_date(std::string_view line, std::string_view language) {
    const std::size_t label = line_label_words(line);
    if (label == 0)
        return std::nullopt;
    // The date starts at the token after the label (after a colon standing alone: "Publié le : 3 mars 2024").
    std::size_t at = 0;
    for (std::size_t k = 0; k < label; ++k)
        text::next_token(line, at);
    std::size_t from = at;
    if (text::next_token(line, at) == ":")
        from = at;
    auto lead = leading_date(line.substr(from), language);
    if (!lead)
        return std::nullopt;
    lead->end += from;
    return lead;
}

std::optional<LeadingDate> prepositioned_leading_date(std::string_view line, std::string_view language) {
    static const LexiconSection& prepositions = any_language_section("date_prepositions"); // (merged once)
    std::size_t at = 0;
    const std::string_view first = text::next_token(line, at);
    if (first.empty() || !prepositions.has(text::lower(first)))
        return std::nullopt;
    auto lead = leading_date(line.substr(at), language);
    if (!lead)
        return std::nullopt;
    lead->end += at;
    return lead;
}

std::optional<std::string> find_date(std::string_view line, std::string_view language) {
    // Every date find_from() reads has its day or its year in ASCII figures (num() reads no other): a line without
    // one, most lines asked, is settled without tokenizing it.
    if (!text::has_ascii_digit(line))
        return std::nullopt;
    std::string lowered;
    std::vector<Tok> toks;
    tokenize(line, lowered, toks);
    auto f = find_from(toks, 0, language);
    if (!f)
        return std::nullopt;
    return f->iso;
}

bool glued_date_pair(std::string_view line) {
    const int most_words = 8;
    const std::size_t year_len = 4;
    auto figure = [line](std::size_t k) { return k < line.size() && line[k] >= '0' && line[k] <= '9'; };
    // A year from 1900 on, one or two figures of the next day glued after it, then that day's mark ("2016" "14/",
    // "2016" "1."): a run of five or six figures, a date's mark or a space before it. (Most lines hold no run of five
    // figures: a search for the year's first two figures settles them.)
    for (const std::string_view century : {"19", "20"})
        for (std::size_t at = line.find(century); at != std::string_view::npos; at = line.find(century, at + 1)) {
            if (at == 0 || figure(at - 1))
                continue;
            std::size_t end = at;
            while (figure(end))
                ++end;
            const std::size_t run = end - at;
            const char before = line[at - 1], after = end < line.size() ? line[end] : '\0';
            const bool marks = (before == '/' || before == '.' || before == '-' || before == ' ') &&
                               (after == '/' || after == '.' || after == '-');
            if ((run == year_len + 1 || run == year_len + 2) && marks &&
                text::split_ws(line).size() <= static_cast<std::size_t>(most_words))
                return true;
        }
    return false;
}

bool date_amid_words(std::string_view line, std::string_view language) {
    if (!text::has_ascii_digit(line))
        return false; // (no date: see find_date())
    std::string lowered;
    std::vector<Tok> toks;
    tokenize(line, lowered, toks);
    const auto f = find_from(toks, 0, language);
    if (!f)
        return false;
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    static const LexiconSection& weekdays = any_language_section("weekdays");
    const auto own_word = [&](const Tok& tok) {
        return tok.kind == TokKind::word && !(fillers != nullptr && fillers->has(tok.text)) && !weekdays.has(tok.text);
    };
    return std::any_of(toks.begin(), toks.begin() + static_cast<std::ptrdiff_t>(f->first), own_word) &&
           std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(f->last + 1), toks.end(), own_word);
}

namespace {

// The first token of tokenize(line) can open a date or the weekday before one: a number, a weekday, a month.
// (Most titles open with another word: settled without tokenizing the line.)
bool may_lead_with_date(std::string_view line, std::string_view language) {
    std::size_t start = 0, after = 0; // the first code point that is no space, and the byte after it
    char32_t first = ' ';
    while (after < line.size() && text::is_space(first)) {
        start = after;
        first = text::next_cp(line, after);
    }
    if (text::is_space(first) || !(text::is_digit(first) || text::is_letter(first)))
        return false;
    if (text::is_digit(first))
        return true;
    std::string word = text::lower(line.substr(start, letters_end(line, after) - start));
    return any_language_has("weekdays", word) || month_of(word, language) != 0;
}

} // namespace

std::optional<LeadingDate> leading_date(std::string_view line, std::string_view language) {
    if (line.empty() || !text::has_ascii_digit(line) || !may_lead_with_date(line, language))
        return std::nullopt;
    std::string lowered;
    std::vector<Tok> t;
    tokenize(line, lowered, t);
    std::size_t first = 0;
    // "Friday, March 4, 2022": a weekday may name the date first.
    if (!t.empty() && t[0].kind == TokKind::word && any_language_has("weekdays", t[0].text))
        first = is_punct(t, 1, ",") ? 2 : 1;
    auto f = find_from(t, first, language, first + 1); // (a date further on is no leading one)
    if (!f || f->first != first)
        return std::nullopt;
    std::size_t end = f->last + 1;
    return LeadingDate{f->iso, end < t.size() ? t[end].begin : line.size()};
}

bool weekday_short_form(std::string_view word, std::string_view language) {
    while (!word.empty() && (word.back() == '.' || word.back() == ','))
        word.remove_suffix(1);
    const std::size_t shortest = 2, longest = 4; // code points: "wo", "mié", "Thur"
    std::size_t length = 0;
    for (std::size_t i = 0; i < word.size(); ++length)
        if (!text::is_letter(text::next_cp(word, i)))
            return false;
    const std::size_t most_listed = 5; // code points of a form listed whole: "niedz", "thurs"
    if (length < shortest || length > most_listed)
        return false;
    const std::string low = text::lower(word);
    const Lexicon* own = lexicon(language);
    // ("pt." for "piątek", "Thurs": a form listed whole, lexicon section weekday_short_forms.)
    const LexiconSection* forms = own != nullptr ? own->section("weekday_short_forms") : nullptr;
    if (forms != nullptr && forms->has(low))
        return true;
    if (length > longest)
        return false;
    const LexiconSection* listed = own != nullptr ? own->section("weekdays") : nullptr;
    const LexiconSection& weekdays = listed != nullptr ? *listed : any_language_section("weekdays");
    return std::any_of(weekdays.entries.begin(), weekdays.entries.end(),
                       [&low](std::string_view w) { return w.size() > low.size() && w.starts_with(low); });
}

namespace {

// Whether a line without a digit may be a relative date in words: at most eight words and 80 bytes, and no stop
// closing it (a sentence).
bool may_be_wordy_relative(std::string_view line) {
    const std::size_t most_bytes = 80, most_words = 8;
    if (line.size() > most_bytes)
        return false;
    std::size_t end = line.size();
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        --end;
    if (end == 0 || line[end - 1] == '.' || line[end - 1] == '!' || line[end - 1] == '?')
        return false;
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < end; ++i) {
        const bool space = line[i] == ' ' || line[i] == '\t';
        words += !space && !in_word;
        in_word = !space;
    }
    return words <= most_words;
}

} // namespace

bool names_relative_time(text::Words lower_words) {
    // A relative date in words ends with its unit, its marker or its day: "vor einer Stunde", "an hour ago", "il y a
    // une heure", "hace un día", "un'ora fa", "Publié hier" (only the last word is looked up: most short lines are
    // no date).
    if (lower_words.empty())
        return false;
    static const LexiconSection* time_units = common_lexicon().section("time_units");
    static const LexiconSection& day_words = any_language_section("relative_day_words");
    static const LexiconSection& markers = any_language_section("relative_date");
    std::string_view w = lower_words.back();
    return (time_units != nullptr && time_units->has(w)) || day_words.has(w) || markers.has(w);
}

namespace {

// A line opening with a label of `labels` and a time after it, nothing but fillers of a date line and marks around
// them: the time as "THH:MM".
std::optional<std::string> time_after_label(std::string_view line, const LexiconSection& labels) {
    thread_local std::string lowered;
    thread_local std::vector<Tok> t;
    tokenize(line, lowered, t);
    const std::size_t label = t.empty() ? 0 : label_at(t, 0, labels);
    if (label == 0)
        return std::nullopt;
    auto time = dating::time_alone(t, label);
    if (!time)
        return std::nullopt;
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    for (std::size_t k = label; k < t.size(); ++k)
        if (!t[k].used && t[k].kind != TokKind::punct && !(fillers != nullptr && fillers->has(t[k].text)))
            return std::nullopt;
    return time;
}

} // namespace

std::optional<std::string> update_time_alone(std::string_view line) {
    // "Aggiornato alle 10:40", "Mis à jour à 14h05", "Aktualisiert um 16:20 Uhr", "Updated at 9:15 a.m.": the
    // update's label opens the line, a time follows, and nothing but fillers of a date line stands around them.
    static const LexiconSection& updated_labels = any_language_section("updated");
    return time_after_label(line, updated_labels);
}

std::optional<std::string> labelled_time_alone(std::string_view line) {
    // "Publiziert: 10:14 Uhr", "Publié à 10h12", "Pubblicato alle 10:14", "Aktualisiert: 16:20 Uhr": a publication's
    // or an update's label and a time, the day left unsaid (the page's day). (A line opening with no label is settled
    // on its first words, before its tokens are read.)
    if (line_label_words(line) == 0)
        return std::nullopt;
    static const LexiconSection& published_labels = any_language_section("published");
    if (auto time = time_after_label(line, published_labels))
        return time;
    return update_time_alone(line);
}

std::optional<std::string> clock_time_alone(std::string_view line) {
    // "14:52" under "03 dicembre 2026": the time of the day on the line over it (a short line: most lines have more
    // than a time's bytes and are settled on their size).
    const std::size_t most_bytes = 16; // "10:42 a.m. EST"
    if (line.empty() || line.size() > most_bytes || !text::is_digit(static_cast<unsigned char>(line.front())))
        return std::nullopt;
    thread_local std::string lowered;
    thread_local std::vector<Tok> t;
    tokenize(line, lowered, t);
    auto time = dating::time_alone(t, 0);
    if (!time)
        return std::nullopt;
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    for (std::size_t k = 0; k < t.size(); ++k)
        if (!t[k].used && t[k].kind != TokKind::punct && !(fillers != nullptr && fillers->has(t[k].text)))
            return std::nullopt;
    return time;
}

bool other_day_label_line(std::string_view line) {
    // (A label is a few words: a longer line is settled on its size, before its tokens are read.)
    const std::size_t most_bytes = 32;
    line = text::trim(line);
    if (line.empty() || line.size() > most_bytes)
        return false;
    thread_local std::string lowered;
    thread_local std::vector<Tok> t;
    tokenize(line, lowered, t);
    static const LexiconSection& event_labels = any_language_section("event_date_labels");
    static const LexiconSection& profile_labels = any_language_section("profile_date_labels");
    std::size_t label = t.empty() ? 0 : std::max(label_at(t, 0, event_labels), label_at(t, 0, profile_labels));
    // "出生日期", "生年月日：", "생년월일": a Chinese, Japanese or Korean label, one word (lexicon section
    // cjk_other_day_label_words), over a person's day of birth, a firm's founding, a film's release.
    static const LexiconSection* cjk_labels = common_lexicon().section("cjk_other_day_label_words");
    if (label == 0 && !t.empty() && t[0].kind == TokKind::word && cjk_labels != nullptr && cjk_labels->has(t[0].text))
        label = 1;
    // ("Joined:", "Inscrit le :": the label's colon closes the line.)
    return label > 0 &&
           (label == t.size() || (label + 1 == t.size() && (is_punct(t, label, ":") || is_punct(t, label, "\uff1a"))));
}

DateLine read_dates(std::string_view line, std::string_view language, DayOrder order) {
    DateLine out;
    // Every absolute date has a digit, and so do most relative dates ("2 hours ago"): most lines are settled here.
    // A relative date in words ("vor einer Stunde", "an hour ago", "il y a une heure", "ayer") is a short line that
    // no stop closes ("Vor einer Stunde begann der Regen." is a sentence): only such a line is read further.
    const bool wordy = !text::has_ascii_digit(line);
    if (wordy && !may_be_wordy_relative(line))
        return out;
    // (The buffers are kept from line to line: most lines read here hold no date and are dropped at once, and
    // allocating the buffers for each cost a good share of reading it.)
    thread_local std::string lowered;
    thread_local std::vector<Tok> t;
    tokenize(line, lowered, t);
    // Every date find_from() reads has a year of four digits: a line without one is settled without a search.
    // ("Oct 092018": a calendar leaf's day glued to its year, after the month's word.)
    bool year = false;
    for (std::size_t i = 0; i < t.size() && !year; ++i)
        year = t[i].kind == TokKind::number &&
               (t[i].text.size() == 4 ||
                ((t[i].text.size() == 5 || t[i].text.size() == 6) && i > 0 && t[i - 1].kind == TokKind::word));
    // "06.11.23 - 14:00", "Von: Jane Roe | 31.10.23": a date of numbers with a year of two digits.
    bool short_years = false;
    // (Such a date opens with a number: the other tokens are passed over here, not asked in a call each.)
    for (std::size_t i = 0; i + 4 < t.size() && !short_years; ++i)
        short_years = t[i].kind == TokKind::number && short_numeric_date(t, i);
    year = year || short_years;
    // A day word and a time ("Today, 09:14", "gestern, 18:02 Uhr"): the day word's token, or npos.
    std::size_t day_len = 0;
    const std::size_t day_at = year || wordy ? std::string::npos : day_word_at(t, day_len);
    // Nor a year nor a relative date's marker: the line holds no date, settled before its labels are read.
    if (!year && day_at == std::string::npos && !has_relative_marker(t))
        return out;
    // (The sections are built once and never change: looked up once, not for every token.)
    static const LexiconSection& updated_labels = any_language_section("updated");
    static const LexiconSection& published_labels = any_language_section("published");
    // The labels' first bytes: a token opening with none of them opens no label, and is not looked up.
    static const std::bitset<257> label_fronts = first_bytes(updated_labels.entries) |
                                                 first_bytes(published_labels.entries) |
                                                 first_bytes(any_language_section("event_date_labels").entries) |
                                                 first_bytes(any_language_section("profile_date_labels").entries) |
                                                 first_bytes(any_language_section("access_date_labels").entries);
    // The labels' first words in one sketch (those LexiconSection::phrases_from() looks up): a word whose bit is clear
    // opens no label of the three sections, and is not looked up in each of them.
    static const WordSketch label_firsts = [] {
        WordSketch merged;
        for (const char* name :
             {"updated", "published", "event_date_labels", "profile_date_labels", "access_date_labels"})
            for (const auto& phrase : any_language_section(name).phrases())
                if (!phrase.empty())
                    merged.add(phrase.front());
        return merged;
    }();
    std::size_t update_at = t.size();
    std::size_t published_at = t.size();
    // "Release: 10.11.2023", "Termin: 12.03.2024", "Deadline: May 3, 2024": a label naming another day than the
    // page's (the lexicon's event_date_labels); where the last one ends, the token after it.
    // "Joined: Mar 12, 2021", "Mitglied seit: 12.03.2021", "Inscrit le : 12 mars 2021": a forum member's day of
    // joining, printed beside a post (the lexicon's profile_date_labels), is set aside so too; a line of the
    // member's box, it makes no date line of its own (`profile`: the last label was such).
    static const LexiconSection& event_labels = any_language_section("event_date_labels");
    static const LexiconSection& profile_labels = any_language_section("profile_date_labels");
    std::size_t event_end = t.size();
    bool event_date = false, profile = false;
    // "Retrieved 2 June 2024", "abgerufen am 2. Juni 2024": a reference's day of access (the lexicon's
    // access_date_labels), set aside and no date of the line's; where the last label ends. (The label's words are
    // left to the rest, as they were.)
    static const LexiconSection& access_labels = any_language_section("access_date_labels");
    static const LexiconSection& range_words = any_language_section("date_range_words"); // ("bis", "au")
    std::size_t access_end = t.size();
    // "发布时间：2026-12-05", "最終更新：2026年12月5日", "입력 2026.12.05.": a Chinese, Japanese or Korean label, one
    // word (no space parts its signs), of the lexicon sections cjk_published_label_words and cjk_updated_label_words.
    static const LexiconSection* cjk_updated = common_lexicon().section("cjk_updated_label_words");
    static const LexiconSection* cjk_published = common_lexicon().section("cjk_published_label_words");
    const unsigned char cjk_lead = 0xE3; // (the first byte of the UTF-8 of every kana, ideograph and Hangul syllable)
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind == TokKind::word && static_cast<unsigned char>(t[i].text[0]) >= cjk_lead) {
            const bool update = cjk_updated != nullptr && cjk_updated->has(t[i].text);
            if (update || (cjk_published != nullptr && cjk_published->has(t[i].text))) {
                std::size_t& at = update ? update_at : published_at;
                at = std::min(at, i);
                t[i].used = true;
                continue;
            }
        }
        if (t[i].kind != TokKind::word ||
            !(label_fronts.test(256) || label_fronts.test(static_cast<unsigned char>(t[i].text[0]))) ||
            !label_firsts.may_have(t[i].text))
            continue;
        if (std::size_t n = label_at(t, i, updated_labels)) {
            if (update_at == t.size())
                update_at = i;
            for (std::size_t k = i; k < i + n; ++k)
                t[k].used = true;
            i += n - 1;
        } else if (std::size_t r = label_at(t, i, access_labels)) {
            access_end = i + r;
            i += r - 1;
        } else if (const std::size_t ev = label_at(t, i, event_labels), pr = label_at(t, i, profile_labels);
                   const std::size_t e = std::max(ev, pr)) {
            profile = pr > ev;
            for (std::size_t k = i; k < i + e; ++k)
                t[k].used = true;
            event_end = i + e;
            i += e - 1;
        } else if (std::size_t p = label_at(t, i, published_labels)) {
            if (published_at == t.size())
                published_at = i;
            for (std::size_t k = i; k < i + p; ++k)
                t[k].used = true;
            i += p - 1;
        }
    }
    std::size_t from = 0;
    while (auto f = year ? find_from(t, from, language, std::string_view::npos, short_years, order) : std::nullopt) {
        for (std::size_t k = f->first; k <= f->last; ++k)
            t[k].used = true;
        from = f->last + 1;
        // "19.1.23, 10:00-11:30 Uhr", "March 4, 2025, 6:00 - 8:00 PM": a time range is an event's, a seminar's or a
        // match's, and the date before it is not the day the page was published.
        // "28.01.2022 – 29.01.2022": a range of days is an event's too, both its dates set aside.
        // "15 novembre 2026 au 8 mars 2027", "3. April 2027 bis 30. April 2027": a word of such a range likewise.
        if (is_punct(t, f->last + 1, "-") || is_punct(t, f->last + 1, "–") ||
            (f->last + 1 < t.size() && t[f->last + 1].kind == TokKind::word && range_words.has(t[f->last + 1].text))) {
            auto to = find_from(t, f->last + 2, language, f->last + 3, short_years, order);
            if (to) {
                for (std::size_t k = to->first; k <= to->last; ++k)
                    t[k].used = true;
                from = to->last + 1;
                continue;
            }
        }
        if (time_range_after(t, f->last) || closes_day_range(t, f->first, language))
            continue;
        // (The line stays a date line, as it was: only its date is no longer the page's.)
        if (access_end < t.size() &&
            (f->first == access_end || (f->first == access_end + 1 && is_punct(t, access_end, ":"))))
            continue;
        if (event_end < t.size() && (f->first == event_end || (f->first == event_end + 1 && is_punct(t, event_end, ":")))) {
            event_date = event_date || !profile;
            continue;
        }
        // ("Updated: March 3, 2025 | Published: October 12, 2021": the label nearest before the date names it.)
        bool is_update = f->first > update_at && !(published_at > update_at && f->first > published_at);
        auto& slot = is_update ? out.updated : out.published;
        if (!slot) {
            slot = f->iso;
            if (!is_update)
                out.published_labelled = f->first > published_at;
        }
    }
    // "12 novembre 2026 | Aggiornato alle 19.20", "3 mars 2021 - Mis à jour à 18h05": the update's time alone, on
    // the day published before its label.
    if (!out.updated && out.published && out.published->size() >= 10 && update_at < t.size()) {
        std::size_t k = update_at;
        while (k < t.size() && t[k].used)
            ++k;
        if (auto time = time_alone(t, k))
            out.updated = out.published->substr(0, 10) + *time;
    }
    // "Updated December 3 2026 - 2:15pm, first published 6:05am", "Aktualisiert am 3. Dezember 2026, 15:47 Uhr,
    // erstmals veröffentlicht um 09:14 Uhr": the publication's time alone, after its label, on the day of the update
    // before it.
    if (!out.published && out.updated && out.updated->size() >= 10 && update_at < published_at &&
        published_at < t.size()) {
        std::size_t k = published_at;
        while (k < t.size() && t[k].used)
            ++k;
        if (auto time = time_alone(t, k)) {
            out.published = out.updated->substr(0, 10) + *time;
            out.published_labelled = true;
        }
    }
    // Relative dates are not resolved (we do not know when the page was saved).
    const bool day_time = day_at != std::string::npos && !out.published && !out.updated && !event_date &&
                          relative_day_time(t, day_at, day_len);
    out.relative = day_time;
    if (wordy)
        mark_relative_markers(t);
    std::span<const Tok> before(t.data(), update_at);
    std::span<const Tok> after(t.data() + update_at, t.size() - update_at);
    if (!out.published && is_relative(before, language))
        out.relative = true;
    if (!out.updated && update_at < t.size() && is_relative(after, language))
        out.relative = true;

    // What is left once dates, labels, weekdays, fillers and punctuation are set aside.
    // (The sections are built once and never change: looked up once, not for every token.)
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    static const LexiconSection& weekdays = any_language_section("weekdays");
    static const LexiconSection& relative = any_language_section("relative_date");
    static const LexiconSection* time_units = common_lexicon().section("time_units");
    static const LexiconSection& number_words = any_language_section("relative_number_words");
    static const LexiconSection& year_marks = any_language_section("year_mark_words");
    static const LexiconSection* cjk_weekdays = common_lexicon().section("cjk_weekday_words");
    int rest_words = 0;
    bool any = out.published || out.updated || out.relative || event_date;
    // "12. März 2023 Anna Muster 1 Kommentar Kultur", "March 3, 2023 Jane Roe 3 Comments": the count of a post's
    // comments (lexicon section comment_nouns after a number) is a fact of the post, no word of a sentence.
    static const LexiconSection& comment_nouns = any_language_section("comment_nouns");
    std::size_t rest_begin = std::string_view::npos;
    for (std::size_t k = 0; k < t.size(); ++k) {
        const Tok& tok = t[k];
        if (tok.used || tok.kind == TokKind::punct || tok.kind == TokKind::number)
            continue;
        bool skip = fillers != nullptr && fillers->has(tok.text);
        skip = skip || (k > 0 && t[k - 1].kind == TokKind::number && comment_nouns.has(tok.text));
        skip = skip || weekdays.has(tok.text) || relative.has(tok.text);
        // "Sexta-feira, 5 de dezembro de 2026": a weekday of two words joined by a hyphen, read as two words and
        // the mark (lexicon section weekdays lists it whole).
        if (!skip && k + 2 < t.size() && t[k + 1].begin == tok.end && is_punct(t, k + 1, "-") &&
            t[k + 2].kind == TokKind::word && t[k + 2].begin == t[k + 1].end &&
            weekdays.has(std::string(tok.text) + "-" + std::string(t[k + 2].text))) {
            k += 2;
            continue;
        }
        // "wo 3 dec 2026", "Mi., 3. Dez. 2026", "mer. 3 déc. 2026": a weekday's short form right before the day.
        std::size_t next = k + 1;
        while (next < t.size() && (is_punct(t, next, ".") || is_punct(t, next, ",")))
            ++next;
        skip = skip || (next < t.size() && t[next].used && t[next].kind == TokKind::number &&
                        weekday_short_form(tok.text, language));
        skip = skip || (time_units != nullptr && time_units->has(tok.text)) || (wordy && number_words.has(tok.text));
        // "12 listopada 2026 r.", "3 gru 2026 r.": the year's word right after the year of the date (lexicon section
        // year_mark_words, Polish "r." for "roku").
        skip = skip || (k > 0 && t[k - 1].used && t[k - 1].kind == TokKind::number && t[k - 1].text.size() == 4 &&
                        year_marks.has(tok.text));
        skip = skip || (cjk_weekdays != nullptr && cjk_weekdays->has(tok.text));
        if (skip)
            continue;
        rest_words += cjk_run_words(tok.text);
        if (rest_begin == std::string_view::npos)
            rest_begin = tok.begin;
        if (!any)
            break; // (the count only matters to a line with a date: `rest` starts here)
    }
    // A relative date in words is a date line only when nothing else stands on it ("Publiziert vor einer Stunde",
    // "Updated yesterday"): "vor einer Stunde begann der Regen", "Der Hafen gestern und heute" say something else.
    if (wordy && rest_words > 0)
        out.relative = any = false;
    // So is a day and a time, unless the words after them are a reading time or a byline, or a short label past a
    // bar ("Today, 09:14 | News", "Heute, 09:14 Uhr | Politik"), read as the rest of any date line is.
    if (day_time && rest_words > 0) {
        std::size_t k = 0;
        while (t[k].begin != rest_begin)
            ++k;
        const int most_label_words = 3;
        const bool past_bar = k > 0 && is_punct(t, k - 1, "|") && rest_words <= most_label_words;
        if (!past_bar && !beside_day_time(line, t[k].text))
            out.relative = any = false;
    }
    out.is_date_line = any && rest_words <= 4;
    // (Only a date line's rest is read by anyone: another line's is not copied.)
    if (rest_begin != std::string_view::npos && out.is_date_line)
        out.rest = text::collapse(line.substr(rest_begin));
    return out;
}

} // namespace archive
